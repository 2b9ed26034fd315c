using Hartline.Features.Cases;
using Hartline.Security.Audit;

namespace Hartline.Tests.Audit;

/// <summary>The trail's rule for values: text is hidden unless marked safe; what identifies a youth is never written.</summary>
public sealed class AuditValuesTests
{
    private sealed class Sample
    {
        public string? Name { get; set; }
        [ShownInAudit] public string? Code { get; set; }
        [ShownInAudit, ConfidentialText] public string? Marked { get; set; }
        [Identifying] public DateOnly? Born { get; set; }
        public DateOnly? Opened { get; set; }
        public List<string> Aliases { get; set; } = [];
        [ShownInAudit] public List<string> Codes { get; set; } = [];
        public List<GrantKind> Kinds { get; set; } = [];
        public Uri? Address { get; set; }
    }

    private static object? Created(string property, object? value) => AuditValues.Created(typeof(Sample).GetProperty(property), value);
    private static object? Changed(string property, object? value) => AuditValues.Changed(typeof(Sample).GetProperty(property), value);

    [Fact]
    public void Text_is_written_as_its_length_unless_marked_as_a_code_and_free_text_marks_win()
    {
        Assert.Equal("(9 characters)", Created(nameof(Sample.Name), "Ana Rivas"));
        Assert.Equal("careline", Created(nameof(Sample.Code), "careline"));
        Assert.Equal("(6 characters)", Created(nameof(Sample.Marked), "secret"));
        Assert.Equal("(2 items)", Created(nameof(Sample.Aliases), new List<string> { "Ana", "Annie" }));
        Assert.Equal(new List<object?> { "sex", "labor" }, Created(nameof(Sample.Codes), new List<string> { "sex", "labor" }));
        Assert.Null(Created(nameof(Sample.Name), null));
    }

    [Fact]
    public void What_identifies_a_youth_is_never_written_and_other_kinds_of_value_are_hidden_by_default()
    {
        Assert.Equal(AuditValues.NotShown, Created(nameof(Sample.Born), new DateOnly(2008, 5, 1)));
        Assert.Equal(new DateOnly(2026, 5, 1), Created(nameof(Sample.Opened), new DateOnly(2026, 5, 1)));
        Assert.Equal(AuditValues.NotShown, Created(nameof(Sample.Address), new Uri("https://example.org/home")));
    }

    [Fact]
    public void A_change_of_a_hidden_value_says_only_that_it_changed()
    {
        Assert.Equal(AuditValues.NotShown, Changed(nameof(Sample.Name), "Ana"));
        Assert.Null(Changed(nameof(Sample.Name), null));
        Assert.Equal(AuditValues.NotShown, Changed(nameof(Sample.Born), new DateOnly(2008, 5, 1)));
        Assert.Equal("R5", Changed(nameof(Sample.Code), "R5"));
    }

    [Fact]
    public void Enums_ids_numbers_yes_no_and_times_stay_readable()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, AuditValues.Created(null, id));
        Assert.Equal("LawEnforcement", AuditValues.Created(null, GrantKind.LawEnforcement));
        Assert.Equal(new List<object?> { "Mdt", "LawEnforcement" }, Created(nameof(Sample.Kinds), new List<GrantKind> { GrantKind.Mdt, GrantKind.LawEnforcement }));
        Assert.Equal(true, AuditValues.Created(null, true));
        Assert.Equal(12.5m, AuditValues.Created(null, 12.5m));
        var at = new DateTime(2026, 3, 1, 14, 0, 0, DateTimeKind.Utc);
        Assert.Equal(at, AuditValues.Created(null, at));
        Assert.Equal("(3 characters)", AuditValues.Created(null, "Ana")); // a shadow property's text: hidden too
    }
}
