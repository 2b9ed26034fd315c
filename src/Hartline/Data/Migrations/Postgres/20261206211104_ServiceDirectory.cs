using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectoryOrganizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AlternateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    YearIncorporated = table.Column<int>(type: "integer", nullable: true),
                    LegalStatus = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Logo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Uri = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ParentOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryOrganizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryOrganizations_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryTaxonomies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Uri = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryTaxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryLocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AlternateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Transportation = table.Column<string>(type: "text", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ExternalIdentifier = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ExternalIdentifierType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryLocations_DirectoryOrganizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "DirectoryOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryPrograms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AlternateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryPrograms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryPrograms_DirectoryOrganizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "DirectoryOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryTaxonomyTerms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    TaxonomyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    TaxonomyId = table.Column<Guid>(type: "uuid", nullable: true),
                    TermUri = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryTaxonomyTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryTaxonomyTerms_DirectoryTaxonomies_TaxonomyId",
                        column: x => x.TaxonomyId,
                        principalTable: "DirectoryTaxonomies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryAddresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Attention = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Address1 = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Address2 = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    City = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Region = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    StateProvince = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AddressType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryAddresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryAddresses_DirectoryLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "DirectoryLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryServices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AlternateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Email = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InterpretationServices = table.Column<string>(type: "text", nullable: true),
                    ApplicationProcess = table.Column<string>(type: "text", nullable: true),
                    FeesDescription = table.Column<string>(type: "text", nullable: true),
                    Accreditations = table.Column<string>(type: "text", nullable: true),
                    EligibilityDescription = table.Column<string>(type: "text", nullable: true),
                    MinimumAge = table.Column<int>(type: "integer", nullable: true),
                    MaximumAge = table.Column<int>(type: "integer", nullable: true),
                    AssuredDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AssurerEmail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Alert = table.Column<string>(type: "text", nullable: true),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryServices_DirectoryOrganizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "DirectoryOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryServices_DirectoryPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "DirectoryPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryAttributes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxonomyTermId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LinkEntity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryAttributes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryAttributes_DirectoryTaxonomyTerms_TaxonomyTermId",
                        column: x => x.TaxonomyTermId,
                        principalTable: "DirectoryTaxonomyTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryAvailability",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Accepting = table.Column<bool>(type: "boolean", nullable: false),
                    Beds = table.Column<int>(type: "integer", nullable: true),
                    Slots = table.Column<int>(type: "integer", nullable: true),
                    WaitlistLength = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryAvailability", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryAvailability_Agencies_RecordedByAgencyId",
                        column: x => x.RecordedByAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryAvailability_DirectoryServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryServiceAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Extent = table.Column<string>(type: "text", nullable: true),
                    ExtentType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Uri = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryServiceAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryServiceAreas_DirectoryServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryServicesAtLocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryServicesAtLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryServicesAtLocations_DirectoryLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "DirectoryLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryServicesAtLocations_DirectoryServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceAtLocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Department = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Email = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryContacts_DirectoryLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "DirectoryLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryContacts_DirectoryOrganizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "DirectoryOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryContacts_DirectoryServicesAtLocations_ServiceAtLoc~",
                        column: x => x.ServiceAtLocationId,
                        principalTable: "DirectoryServicesAtLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryContacts_DirectoryServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectorySchedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceAtLocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    DtStart = table.Column<DateOnly>(type: "date", nullable: true),
                    Timezone = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: true),
                    Wkst = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Freq = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Interval = table.Column<int>(type: "integer", nullable: true),
                    ByDay = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ByWeekNo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ByMonthDay = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ByYearDay = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    OpensAt = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ClosesAt = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ScheduleLink = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AttendingType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectorySchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectorySchedules_DirectoryLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "DirectoryLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectorySchedules_DirectoryServicesAtLocations_ServiceAtLo~",
                        column: x => x.ServiceAtLocationId,
                        principalTable: "DirectoryServicesAtLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectorySchedules_DirectoryServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryPhones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceAtLocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Extension = table.Column<int>(type: "integer", nullable: true),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryPhones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryPhones_DirectoryContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "DirectoryContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryPhones_DirectoryLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "DirectoryLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryPhones_DirectoryOrganizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "DirectoryOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryPhones_DirectoryServicesAtLocations_ServiceAtLocat~",
                        column: x => x.ServiceAtLocationId,
                        principalTable: "DirectoryServicesAtLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryPhones_DirectoryServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryLanguages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    PhoneId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryLanguages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryLanguages_DirectoryLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "DirectoryLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryLanguages_DirectoryPhones_PhoneId",
                        column: x => x.PhoneId,
                        principalTable: "DirectoryPhones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryLanguages_DirectoryServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryAddresses_LocationId",
                table: "DirectoryAddresses",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryAttributes_LinkId_TaxonomyTermId",
                table: "DirectoryAttributes",
                columns: new[] { "LinkId", "TaxonomyTermId" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryAttributes_TaxonomyTermId",
                table: "DirectoryAttributes",
                column: "TaxonomyTermId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryAvailability_RecordedByAgencyId",
                table: "DirectoryAvailability",
                column: "RecordedByAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryAvailability_ServiceId_RecordedAt",
                table: "DirectoryAvailability",
                columns: new[] { "ServiceId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryContacts_LocationId",
                table: "DirectoryContacts",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryContacts_OrganizationId",
                table: "DirectoryContacts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryContacts_ServiceAtLocationId",
                table: "DirectoryContacts",
                column: "ServiceAtLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryContacts_ServiceId",
                table: "DirectoryContacts",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryLanguages_LocationId",
                table: "DirectoryLanguages",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryLanguages_PhoneId",
                table: "DirectoryLanguages",
                column: "PhoneId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryLanguages_ServiceId",
                table: "DirectoryLanguages",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryLocations_OrganizationId",
                table: "DirectoryLocations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryOrganizations_AgencyId",
                table: "DirectoryOrganizations",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryOrganizations_Name",
                table: "DirectoryOrganizations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryPhones_ContactId",
                table: "DirectoryPhones",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryPhones_LocationId",
                table: "DirectoryPhones",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryPhones_OrganizationId",
                table: "DirectoryPhones",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryPhones_ServiceAtLocationId",
                table: "DirectoryPhones",
                column: "ServiceAtLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryPhones_ServiceId",
                table: "DirectoryPhones",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryPrograms_OrganizationId",
                table: "DirectoryPrograms",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectorySchedules_LocationId",
                table: "DirectorySchedules",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectorySchedules_ServiceAtLocationId",
                table: "DirectorySchedules",
                column: "ServiceAtLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectorySchedules_ServiceId",
                table: "DirectorySchedules",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServiceAreas_ServiceId",
                table: "DirectoryServiceAreas",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServices_OrganizationId",
                table: "DirectoryServices",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServices_ProgramId",
                table: "DirectoryServices",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServices_Status_Name",
                table: "DirectoryServices",
                columns: new[] { "Status", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServicesAtLocations_LocationId",
                table: "DirectoryServicesAtLocations",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServicesAtLocations_ServiceId",
                table: "DirectoryServicesAtLocations",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryTaxonomyTerms_TaxonomyId_Code",
                table: "DirectoryTaxonomyTerms",
                columns: new[] { "TaxonomyId", "Code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryAddresses");

            migrationBuilder.DropTable(
                name: "DirectoryAttributes");

            migrationBuilder.DropTable(
                name: "DirectoryAvailability");

            migrationBuilder.DropTable(
                name: "DirectoryLanguages");

            migrationBuilder.DropTable(
                name: "DirectorySchedules");

            migrationBuilder.DropTable(
                name: "DirectoryServiceAreas");

            migrationBuilder.DropTable(
                name: "DirectoryTaxonomyTerms");

            migrationBuilder.DropTable(
                name: "DirectoryPhones");

            migrationBuilder.DropTable(
                name: "DirectoryTaxonomies");

            migrationBuilder.DropTable(
                name: "DirectoryContacts");

            migrationBuilder.DropTable(
                name: "DirectoryServicesAtLocations");

            migrationBuilder.DropTable(
                name: "DirectoryLocations");

            migrationBuilder.DropTable(
                name: "DirectoryServices");

            migrationBuilder.DropTable(
                name: "DirectoryPrograms");

            migrationBuilder.DropTable(
                name: "DirectoryOrganizations");
        }
    }
}
