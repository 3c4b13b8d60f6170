using Explainer.Tests.Support;

namespace Explainer.Tests.Schemas;

/// <summary>
/// Issue 4: CONTRIBUTING.md's field reference is generated from the schemas and fails here when it differs, so it cannot
/// drift. A test rather than a CLI command: it runs in CI on every pull request, contributors never need it, and
/// regenerating uses the same switch as the snapshots (ACCEPT_SNAPSHOTS=1 dotnet test tests/Explainer.Tests).
/// </summary>
public class FieldReferenceTests
{
    [Fact]
    public void The_field_reference_in_CONTRIBUTING_md_matches_the_schemas()
    {
        var path = Path.Combine(RepositoryPaths.Root, "CONTRIBUTING.md");
        var document = File.ReadAllText(path);
        var generated = FieldReference.Generate(SchemaCheck.Folder);
        var expected = FieldReference.Splice(document, generated);
        Assert.True(expected is not null, $"CONTRIBUTING.md has no field-reference markers ({FieldReference.Start} … {FieldReference.End})");

        if (expected == document) return;
        if (Snapshot.Accepting)
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.Fail("CONTRIBUTING.md's field reference differs from schemas/ (run ACCEPT_SNAPSHOTS=1 dotnet test tests/Explainer.Tests and review the diff):\n"
            + Snapshot.Diff(document, expected!));
    }

    [Fact]
    public void Every_field_of_every_schema_is_in_the_reference()
    {
        var generated = FieldReference.Generate(SchemaCheck.Folder);
        foreach (var field in Content.FieldNames.Entry.Concat(Content.FieldNames.Source).Concat(Content.FieldNames.Faq).Concat(Content.FieldNames.Correction).Concat(Content.FieldNames.Page)
                     .Concat(Content.FieldNames.Party).Concat(Content.FieldNames.Site))
            Assert.Contains($"| `{field}` |", generated);
    }
}
