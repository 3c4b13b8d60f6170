namespace Explainer.Diagnostics;

/// <summary>The stable codes every diagnostic carries, grouped by stage: 00xx files, 01xx front matter, 02xx cross references, 03xx theme, 04xx what contributors commonly get wrong.</summary>
public static class DiagnosticCodes
{
    public const string NotUtf8 = "EX0001";
    public const string PathEscapesInput = "EX0002"; // retired: every symbolic link in input/ is now SymbolicLink (EX0006)
    public const string UnreadableFile = "EX0003";
    public const string UnexpectedFile = "EX0004";
    public const string TooLarge = "EX0005";
    public const string SymbolicLink = "EX0006";
    public const string StaticCollision = "EX0007";
    public const string UnsafeStaticFile = "EX0008";
    public const string ForbiddenCharacter = "EX0009";
    public const string DirectionControl = "EX0010";

    public const string MissingFrontMatter = "EX0101";
    public const string InvalidDate = "EX0102";
    public const string YamlSyntax = "EX0103";
    public const string UnknownKey = "EX0104";
    public const string MissingField = "EX0105";
    public const string WrongType = "EX0106";
    public const string InvalidSlug = "EX0107";
    public const string InvalidValue = "EX0108";
    public const string InvalidUrl = "EX0109";
    public const string EmptyBody = "EX0110";
    public const string TooDeep = "EX0111";
    public const string TooLong = "EX0112";
    public const string CrowdedParagraph = "EX0113";
    public const string UnknownLicense = "EX0114"; // warning: a well-formed SPDX id the generator does not know
    public const string FieldAfterFrontMatter = "EX0115"; // warning: the text right after the front matter starts like a field (a stray '---')

    public const string UnknownParty = "EX0201";
    public const string DuplicateSlug = "EX0202";
    public const string DuplicateFaqAnchor = "EX0203";
    public const string BrokenInternalLink = "EX0204";
    public const string UnsafeLink = "EX0205";
    public const string UnsafeHtml = "EX0206";
    public const string OwnerCycle = "EX0207";
    public const string ExternalLinkFailed = "EX0208";

    // 05xx: what the site says about its own sourcing and history (issue 9). Warnings unless stated.
    public const string SourceWithoutLink = "EX0501";
    public const string SingleSourceConfirmed = "EX0502";
    public const string EventAfterSources = "EX0503";
    public const string PartyWithoutSources = "EX0504";
    public const string ReservedPageSlug = "EX0505";   // error
    public const string ShallowHistory = "EX0506";
    public const string DateNotYet = "EX0507";
    public const string CorrectionBeforePublication = "EX0508";

    public const string TemplateSyntax = "EX0301";
    public const string TemplateMissing = "EX0302";
    public const string TemplateRender = "EX0303";
    public const string SiteSettingsMissing = "EX0304";

    public const string RelativeLink = "EX0401";
    public const string BrokenAnchor = "EX0402";
    public const string ValueCutByComment = "EX0403";
    public const string WrongFileExtension = "EX0404";
    public const string LoneTag = "EX0405";
    public const string LikelyDuplicateEvent = "EX0406";
    public const string UnusedTagName = "EX0407";
    public const string HeavyPage = "EX0408";        // warning: a page's own text passes the 300 KB page budget
    public const string HeavySite = "EX0409";        // warning: the built site nears or passes GitHub Pages' 1 GB limit
    public const string HeavyListPage = "EX0410";    // warning: a generated page (a list, an index) passes the 300 KB page budget
}
