namespace Explainer.Model;

/// <summary>What sort of actor a party is; decides how the parties page groups it.</summary>
public enum PartyKind
{
    Company,
    Government,
    Organization,
    Product,
    Person,
}
