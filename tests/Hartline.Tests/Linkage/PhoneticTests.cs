using Hartline.Linkage.Text;

namespace Hartline.Tests.Linkage;

public sealed class PhoneticTests
{
    [Theory]
    [InlineData("Gonzalez", "Gonzales", "GANSAL")]
    [InlineData("Rodriguez", "Rodrigues", "RADRAG")]
    [InlineData("Jackson", "Jakson", "JACSAN")]
    [InlineData("Vasquez", "Vazquez", "VASG")]
    [InlineData("Ramirez", "Ramires", "RANAR")]
    [InlineData("Martinez", "Martines", "MARTAN")]
    [InlineData("Núñez", "Nunez", "NAN")]
    [InlineData("Maria", "Mari", "MAR")]
    [InlineData("MacDonald", "McDonald", "MCDANA")]
    [InlineData("Hernandez", "Hernandes", "HARNAN")]
    public void Names_that_sound_alike_share_a_key(string a, string b, string key)
    {
        Assert.Equal(key, Phonetic.Nysiis(a));
        Assert.Equal(key, Phonetic.Nysiis(b));
    }

    [Theory]
    [InlineData("Macintosh", "MCANT")]  // MAC → MCC
    [InlineData("Knuth", "NAT")]        // KN → NN, H after a consonant is silent
    [InlineData("Schmidt", "SNAD")]     // SCH → SSS, DT → D
    [InlineData("Phillips", "FALAP")]   // PH → FF, final S dropped
    [InlineData("Kelly", "CALY")]       // K → C; Y is not a vowel
    [InlineData("Smyth", "SNYT")]       // so Smith (SNAT) and Smyth differ
    [InlineData("Lee", "LY")]           // EE → Y
    [InlineData("Evans", "EVAN")]       // a first vowel is kept
    [InlineData("Stevenson", "STAFAN")] // EV → AF
    [InlineData("Catherine", "CATARA")]
    [InlineData("Kathryn", "CATRYN")]
    public void Follows_the_original_rules(string name, string key) =>
        Assert.Equal(key, Phonetic.Nysiis(name));

    [Fact]
    public void Catherine_and_Kathryn_do_not_share_a_key_so_nicknames_cover_them()
    {
        // NYSIIS keeps the vowel between T and R in Catherine; the nickname table knows they are one name.
        Assert.NotEqual(Phonetic.Nysiis("Catherine"), Phonetic.Nysiis("Kathryn"));
        Assert.True(Nicknames.AreVariants("Catherine", "Kathryn"));
    }

    [Fact]
    public void Keys_are_six_characters_unless_asked_otherwise()
    {
        Assert.Equal("CATARA", Phonetic.Nysiis("Catherine"));
        Assert.Equal("CATARAN", Phonetic.Nysiis("Catherine", maxLength: int.MaxValue));
        Assert.Equal("CAT", Phonetic.Nysiis("Catherine", maxLength: 3));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  -' ")]
    public void Nothing_to_encode_gives_an_empty_key(string? name) =>
        Assert.Equal("", Phonetic.Nysiis(name));

    [Fact]
    public void Folds_before_encoding() =>
        Assert.Equal(Phonetic.Nysiis("GONZALES"), Phonetic.Nysiis("González"));

    [Fact]
    public void The_span_form_writes_into_the_callers_buffer()
    {
        Span<char> key = stackalloc char[Phonetic.NysiisKeyLength];
        var length = Phonetic.Nysiis("rodriguez", key);
        Assert.Equal("RADRAG", key[..length].ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => Phonetic.Nysiis("a", new char[1], maxLength: 0));
    }

    [Fact]
    public void Encodes_very_long_names() =>
        Assert.Equal(6, Phonetic.Nysiis(string.Concat(Enumerable.Repeat("Rodriguez", 40))).Length);
}
