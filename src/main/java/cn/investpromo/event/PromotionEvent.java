package cn.investpromo.event;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import cn.investpromo.quality.Source;

/**
 * A normalised promotion event (SPEC §2.2); {@code key} is its identity (SPEC §2.5).
 *
 * @param industries the codes of its 重点产业, comma-separated, null for none
 */
public record PromotionEvent(String key, @Nullable String id, String name, EventType type, LocalDate startDate,
		LocalDate endDate, String hostRegionCode, @Nullable String venue, @Nullable String targetRegion,
		@Nullable String organizer, @Nullable Integer attendees, @Nullable Integer enterprises,
		@Nullable String industries, @Nullable String notes, Source source) {

	/** A builder for an event (the ledger import, a stored row, a test's fixture). */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding this event's values, to build a copy that differs in a few. */
	public Builder toBuilder() {
		return new Builder().key(this.key)
			.id(this.id)
			.name(this.name)
			.type(this.type)
			.startDate(this.startDate)
			.endDate(this.endDate)
			.hostRegionCode(this.hostRegionCode)
			.venue(this.venue)
			.targetRegion(this.targetRegion)
			.organizer(this.organizer)
			.attendees(this.attendees)
			.enterprises(this.enterprises)
			.industries(this.industries)
			.notes(this.notes)
			.source(this.source);
	}

	/** Sets an event's components by name; {@link #build()} checks the required ones. */
	public static final class Builder {

		private @Nullable String key;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable EventType type;

		private @Nullable LocalDate startDate;

		private @Nullable LocalDate endDate;

		private @Nullable String hostRegionCode;

		private @Nullable String venue;

		private @Nullable String targetRegion;

		private @Nullable String organizer;

		private @Nullable Integer attendees;

		private @Nullable Integer enterprises;

		private @Nullable String industries;

		private @Nullable String notes;

		private @Nullable Source source;

		private Builder() {
		}

		public Builder key(@Nullable String key) {
			this.key = key;
			return this;
		}

		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		public Builder type(@Nullable EventType type) {
			this.type = type;
			return this;
		}

		public Builder startDate(@Nullable LocalDate startDate) {
			this.startDate = startDate;
			return this;
		}

		public Builder endDate(@Nullable LocalDate endDate) {
			this.endDate = endDate;
			return this;
		}

		public Builder hostRegionCode(@Nullable String hostRegionCode) {
			this.hostRegionCode = hostRegionCode;
			return this;
		}

		public Builder venue(@Nullable String venue) {
			this.venue = venue;
			return this;
		}

		public Builder targetRegion(@Nullable String targetRegion) {
			this.targetRegion = targetRegion;
			return this;
		}

		public Builder organizer(@Nullable String organizer) {
			this.organizer = organizer;
			return this;
		}

		public Builder attendees(@Nullable Integer attendees) {
			this.attendees = attendees;
			return this;
		}

		public Builder enterprises(@Nullable Integer enterprises) {
			this.enterprises = enterprises;
			return this;
		}

		public Builder industries(@Nullable String industries) {
			this.industries = industries;
			return this;
		}

		public Builder notes(@Nullable String notes) {
			this.notes = notes;
			return this;
		}

		public Builder source(@Nullable Source source) {
			this.source = source;
			return this;
		}

		public PromotionEvent build() {
			return new PromotionEvent(Objects.requireNonNull(this.key, "key"), this.id,
					Objects.requireNonNull(this.name, "name"), Objects.requireNonNull(this.type, "type"),
					Objects.requireNonNull(this.startDate, "startDate"),
					Objects.requireNonNull(this.endDate, "endDate"),
					Objects.requireNonNull(this.hostRegionCode, "hostRegionCode"), this.venue, this.targetRegion,
					this.organizer, this.attendees, this.enterprises, this.industries, this.notes,
					Objects.requireNonNull(this.source, "source"));
		}

	}

}
