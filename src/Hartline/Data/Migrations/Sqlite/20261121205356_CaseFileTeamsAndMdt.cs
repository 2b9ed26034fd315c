using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseFileTeamsAndMdt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosureReasonCode",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CareTeamAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AssignedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareTeamAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareTeamAssignments_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareTeamAssignments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AuthorAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ContactOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SupersedesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededById = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Agencies_AuthorAgencyId",
                        column: x => x.AuthorAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNotes_CaseNotes_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "CaseNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStatusChanges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExploitationProfiles",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TraffickingStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    StatusDecidedBy = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    StatusDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExploitationTypes = table.Column<string>(type: "TEXT", nullable: false),
                    SexExploitationTypes = table.Column<string>(type: "TEXT", nullable: false),
                    LaborIndustry = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MethodsOfControl = table.Column<string>(type: "TEXT", nullable: false),
                    RecruitmentMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RecruitmentPlatforms = table.Column<string>(type: "TEXT", nullable: false),
                    RecruiterRelationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Vulnerabilities = table.Column<string>(type: "TEXT", nullable: false),
                    AgeWhenFirstExploited = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExploitationProfiles", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_ExploitationProfiles_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalProtections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CourtOrAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalProtections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalProtections_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtTeams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtTeams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MissingEpisodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissingFromCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WhereFound = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReportedToPolice = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportedToNcmec = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissingEpisodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissingEpisodes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Offenders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameOrAlias = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offenders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offenders_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    YouthWords = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WorkerDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Agreement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AgreementOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementHow = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedByAgencyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItems_Agencies_AddedByAgencyId",
                        column: x => x.AddedByAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SharingConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    GiverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecipientAgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purposes = table.Column<string>(type: "TEXT", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Limits = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WithdrawnById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharingConsents_Agencies_RecipientAgencyId",
                        column: x => x.RecipientAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SharingConsents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YouthFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    How = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FeltListenedTo = table.Column<int>(type: "INTEGER", nullable: true),
                    FeltSafe = table.Column<int>(type: "INTEGER", nullable: true),
                    HadASay = table.Column<int>(type: "INTEGER", nullable: true),
                    YouthWords = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedByAgencyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthFeedback_Agencies_RecordedByAgencyId",
                        column: x => x.RecordedByAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YouthFeedback_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YouthPreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameUsed = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Pronouns = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WantPresent = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DoNotWantPresent = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContactMethod = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ContactTimes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MessageMayBeLeft = table.Column<bool>(type: "INTEGER", nullable: true),
                    DoesNotWant = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthPreferences_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseNoteReaders",
                columns: table => new
                {
                    NoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNoteReaders", x => new { x.NoteId, x.AgencyId });
                    table.ForeignKey(
                        name: "FK_CaseNoteReaders_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNoteReaders_CaseNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "CaseNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalProtectionSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalProtectionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalProtectionSteps_LegalProtections_ProtectionId",
                        column: x => x.ProtectionId,
                        principalTable: "LegalProtections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtMeetings_MdtTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "MdtTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtMembers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtMembers_MdtTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "MdtTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Arrests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OffenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArrestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Arrests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Arrests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arrests_Offenders_OffenderId",
                        column: x => x.OffenderId,
                        principalTable: "Offenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourtDates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OffenderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProtectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtDates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtDates_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtDates_LegalProtections_ProtectionId",
                        column: x => x.ProtectionId,
                        principalTable: "LegalProtections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtDates_Offenders_OffenderId",
                        column: x => x.OffenderId,
                        principalTable: "Offenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanItemAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agreement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    How = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    YouthComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItemAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItemAgreements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanItemAgreements_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtAgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtAgendaItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtAgendaItems_MdtMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MdtMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GuestName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GuestAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GuestRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtAttendance_MdtMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MdtMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtAttendance_MdtMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "MdtMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Charges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OffenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArrestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OffenseCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OffenseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChargedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Charges_Arrests_ArrestId",
                        column: x => x.ArrestId,
                        principalTable: "Arrests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Charges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Charges_Offenders_OffenderId",
                        column: x => x.OffenderId,
                        principalTable: "Offenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtActionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtActionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtActionItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtActionItems_MdtAgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "MdtAgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtActionItems_MdtMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MdtMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtActionItems_MdtMembers_OwnerMemberId",
                        column: x => x.OwnerMemberId,
                        principalTable: "MdtMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtAgendaNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtAgendaNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtAgendaNotes_MdtAgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "MdtAgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChargeDispositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChargeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargeDispositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChargeDispositions_Charges_ChargeId",
                        column: x => x.ChargeId,
                        principalTable: "Charges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_ArrestedOn",
                table: "Arrests",
                column: "ArrestedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_CaseId",
                table: "Arrests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_OffenderId",
                table: "Arrests",
                column: "OffenderId");

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamAssignments_AgencyId",
                table: "CareTeamAssignments",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamAssignments_CaseId_Role",
                table: "CareTeamAssignments",
                columns: new[] { "CaseId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamAssignments_UserId",
                table: "CareTeamAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNoteReaders_AgencyId",
                table: "CaseNoteReaders",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_AuthorAgencyId",
                table: "CaseNotes",
                column: "AuthorAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId_WrittenAt",
                table: "CaseNotes",
                columns: new[] { "CaseId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_SupersedesId",
                table: "CaseNotes",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatusChanges_CaseId_ChangedAt",
                table: "CaseStatusChanges",
                columns: new[] { "CaseId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChargeDispositions_ChargeId",
                table: "ChargeDispositions",
                column: "ChargeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChargeDispositions_On",
                table: "ChargeDispositions",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_ArrestId",
                table: "Charges",
                column: "ArrestId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_CaseId",
                table: "Charges",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_ChargedOn",
                table: "Charges",
                column: "ChargedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_OffenderId",
                table: "Charges",
                column: "OffenderId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtDates_CaseId_At",
                table: "CourtDates",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CourtDates_OffenderId",
                table: "CourtDates",
                column: "OffenderId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtDates_ProtectionId",
                table: "CourtDates",
                column: "ProtectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalProtectionSteps_On_Step",
                table: "LegalProtectionSteps",
                columns: new[] { "On", "Step" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalProtectionSteps_ProtectionId",
                table: "LegalProtectionSteps",
                column: "ProtectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalProtections_CaseId",
                table: "LegalProtections",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_AgendaItemId",
                table: "MdtActionItems",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_CaseId",
                table: "MdtActionItems",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_MeetingId",
                table: "MdtActionItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_OwnerMemberId_Status",
                table: "MdtActionItems",
                columns: new[] { "OwnerMemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_Status_DueOn",
                table: "MdtActionItems",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MdtAgendaItems_CaseId",
                table: "MdtAgendaItems",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtAgendaItems_MeetingId_CaseId",
                table: "MdtAgendaItems",
                columns: new[] { "MeetingId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MdtAgendaNotes_AgendaItemId",
                table: "MdtAgendaNotes",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtAttendance_MeetingId_MemberId",
                table: "MdtAttendance",
                columns: new[] { "MeetingId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MdtAttendance_MemberId",
                table: "MdtAttendance",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtMeetings_StartsAt",
                table: "MdtMeetings",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_MdtMeetings_TeamId_StartsAt",
                table: "MdtMeetings",
                columns: new[] { "TeamId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MdtMembers_AgencyId_LeftOn",
                table: "MdtMembers",
                columns: new[] { "AgencyId", "LeftOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MdtMembers_TeamId",
                table: "MdtMembers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtMembers_UserId",
                table: "MdtMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtTeams_RegionCode",
                table: "MdtTeams",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_MissingEpisodes_CaseId_StartedAt",
                table: "MissingEpisodes",
                columns: new[] { "CaseId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Offenders_CaseId",
                table: "Offenders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemAgreements_CaseId",
                table: "PlanItemAgreements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemAgreements_On",
                table: "PlanItemAgreements",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemAgreements_PlanItemId",
                table: "PlanItemAgreements",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_AddedByAgencyId",
                table: "PlanItems",
                column: "AddedByAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_CaseId_AddedAt",
                table: "PlanItems",
                columns: new[] { "CaseId", "AddedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingConsents_CaseId_WithdrawnOn",
                table: "SharingConsents",
                columns: new[] { "CaseId", "WithdrawnOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingConsents_RecipientAgencyId",
                table: "SharingConsents",
                column: "RecipientAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthFeedback_CaseId_GivenOn",
                table: "YouthFeedback",
                columns: new[] { "CaseId", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_YouthFeedback_GivenOn",
                table: "YouthFeedback",
                column: "GivenOn");

            migrationBuilder.CreateIndex(
                name: "IX_YouthFeedback_RecordedByAgencyId",
                table: "YouthFeedback",
                column: "RecordedByAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthPreferences_CaseId_RecordedAt",
                table: "YouthPreferences",
                columns: new[] { "CaseId", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CareTeamAssignments");

            migrationBuilder.DropTable(
                name: "CaseNoteReaders");

            migrationBuilder.DropTable(
                name: "CaseStatusChanges");

            migrationBuilder.DropTable(
                name: "ChargeDispositions");

            migrationBuilder.DropTable(
                name: "CourtDates");

            migrationBuilder.DropTable(
                name: "ExploitationProfiles");

            migrationBuilder.DropTable(
                name: "LegalProtectionSteps");

            migrationBuilder.DropTable(
                name: "MdtActionItems");

            migrationBuilder.DropTable(
                name: "MdtAgendaNotes");

            migrationBuilder.DropTable(
                name: "MdtAttendance");

            migrationBuilder.DropTable(
                name: "MissingEpisodes");

            migrationBuilder.DropTable(
                name: "PlanItemAgreements");

            migrationBuilder.DropTable(
                name: "SharingConsents");

            migrationBuilder.DropTable(
                name: "YouthFeedback");

            migrationBuilder.DropTable(
                name: "YouthPreferences");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "Charges");

            migrationBuilder.DropTable(
                name: "LegalProtections");

            migrationBuilder.DropTable(
                name: "MdtAgendaItems");

            migrationBuilder.DropTable(
                name: "MdtMembers");

            migrationBuilder.DropTable(
                name: "PlanItems");

            migrationBuilder.DropTable(
                name: "Arrests");

            migrationBuilder.DropTable(
                name: "MdtMeetings");

            migrationBuilder.DropTable(
                name: "Offenders");

            migrationBuilder.DropTable(
                name: "MdtTeams");

            migrationBuilder.DropColumn(
                name: "ClosureReasonCode",
                table: "Cases");
        }
    }
}
