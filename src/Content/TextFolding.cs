using System.Text;

namespace Explainer.Content;

/// <summary>
/// Folds letters for slugs and search words without ICU. The generator runs with invariant globalization (Explainer.csproj), and
/// there <see cref="string.Normalize()"/> leaves non-ASCII text as it is: "Was ist Qödér?" made the anchor "was-ist-q-d-r".
/// </summary>
public static class TextFolding
{
    // Every letter of Latin-1 Supplement, Latin Extended-A and -B and Latin Extended Additional whose canonical decomposition is an
    // ASCII letter and marks (made with Python's unicodedata), with the letters usually written without their stroke (ø, ł, đ, ħ),
    // in code point order; Plain holds the letter each one folds to, at the same index.
    private const string Accented = ""
        + "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪ"
        + "īĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŊŋŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƀƚƠơƯưƵƶǍǎǏǐǑǒǓǔǕǖǗǘ"
        + "ǙǚǛǜǞǟǠǡǤǥǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳȻȼɆɇɈɉɌɍɎɏḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔ"
        + "ḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸ"
        + "ṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢ"
        + "ợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string Plain = ""
        + "AAAAAACEEEEIIIIDNOOOOOOUUUUYaaaaaaceeeeiiiidnoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiI"
        + "iIiIiIiJjKkkLlLlLlLlLlNnNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzsblOoUuZzAaIiOoUuUuUu"
        + "UuUuAaAaGgGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyCcEeJjRrYyAaBbBbBbCcDdDdDdDdDdE"
        + "eEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuU"
        + "uUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoO"
        + "oUuUuUuUuUuUuUuYyYyYyYy";

    /// <summary>"Qödér" → "Qoder", "Straße" → "Strasse", "Łódź" → "Lodz"; every other character as it was.</summary>
    public static string WithoutAccents(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var at = Accented.AsSpan().BinarySearch(c);
            if (at >= 0) folded.Append(Plain[at]);
            else if (c switch
                {
                    'ß' => "ss", 'ẞ' => "SS", 'æ' => "ae", 'Æ' => "AE", 'œ' => "oe", 'Œ' => "OE", 'þ' => "th", 'Þ' => "TH", 'ĳ' => "ij", 'Ĳ' => "IJ",
                    _ => null,
                } is { } letters) folded.Append(letters);
            else folded.Append(c);
        }
        return folded.ToString();
    }

    /// <summary>
    /// What compatibility normalisation (NFKC) does to the characters readers type differently from the text: full-width forms
    /// ("Ｑｏｄｅｒ" → "Qoder"), the ideographic and no-break spaces, and the ﬀ ﬁ ﬂ ﬃ ﬄ ligatures. Everything else as it was.
    /// </summary>
    public static string Compatible(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\uFF01' and <= '\uFF5E') folded.Append((char)(c - 0xFEE0));
            else if (c switch
                {
                    '\u3000' or '\u00A0' => " ",
                    '\uFB00' => "ff", '\uFB01' => "fi", '\uFB02' => "fl", '\uFB03' => "ffi", '\uFB04' => "ffl",
                    _ => null,
                } is { } replacement) folded.Append(replacement);
            else folded.Append(c);
        }
        return folded.ToString();
    }
}
