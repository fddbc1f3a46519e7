package cn.investpromo.store;

import cn.investpromo.project.AgreementType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProject;
import cn.investpromo.project.SignedProject.Builder;

/**
 * The columns of {@code signed_project}, declared once: a new stored project column is
 * one line here (and its migration).
 */
final class ProjectColumns {

	static final EntityTable<SignedProject, Builder> TABLE = EntityTable
		.of("signed_project", "project_key", SignedProject::key, Builder::key, SignedProject::builder, Builder::build)
		.text("project_id", SignedProject::id, Builder::id)
		.text("name", SignedProject::name, Builder::name)
		.date("signed_date", SignedProject::signedDate, Builder::signedDate)
		.text("region_code", SignedProject::regionCode, Builder::regionCode)
		.text("investor", SignedProject::investor, Builder::investor)
		.text("investor_origin_code", SignedProject::investorOriginCode, Builder::investorOriginCode)
		.text("investor_origin_text", SignedProject::investorOriginText, Builder::investorOriginText)
		.text("industry_code", SignedProject::industryCode, Builder::industryCode)
		.text("industry_text", SignedProject::industryText, Builder::industryText)
		.text("industry_sub_code", SignedProject::industrySubCode, Builder::industrySubCode)
		.enumerated("agreement_type", SignedProject::agreementType, AgreementType.class, Builder::agreementType)
		.decimal("amount_wan", SignedProject::amountWan, Builder::amountWan)
		.text("amount_text", (p) -> Keys.truncate(p.amountText(), 100), Builder::amountText)
		.text("currency", SignedProject::currency, Builder::currency)
		.enumerated("status", SignedProject::status, ProjectStatus.class, Builder::status)
		.text("event_ref", SignedProject::eventRef, Builder::eventRef)
		.date("construction_date", SignedProject::constructionDate, Builder::constructionDate)
		.date("production_date", SignedProject::productionDate, Builder::productionDate)
		.decimal("funds_arrived_wan", SignedProject::fundsArrivedWan, Builder::fundsArrivedWan)
		.decimal("contracted_fdi_usd_wan", SignedProject::contractedFdiUsdWan, Builder::contractedFdiUsdWan)
		.text("investor_country", SignedProject::investorCountry, Builder::investorCountry)
		.text("notes", SignedProject::notes, Builder::notes)
		.source(SignedProject::source, Builder::source)
		.written("investor_key", (p) -> Keys.investorKey(p.investor()))
		.written("event_ref_key", (p) -> Keys.referenceKey(p.eventRef()))
		.written("name_key", (p) -> Keys.referenceKey(p.name()));

	private ProjectColumns() {
	}

}
