package cn.investpromo.sample;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the 招远 events ledger. Date and count cells are {@code Object} because clerks
 * type some of them as text ("2019/3/5", "80人"); the importer has to cope.
 */
record SampleEvent(String id, String name, String type, Object start, Object end, String host, String venue,
		String target, String organizer, Object attendees, Object enterprises, String industries, String notes) {

	static final List<String> HEADERS = List.of("序号", "活动编号", "活动名称", "活动类型", "开始日期", "结束日期", "主办地区", "举办地点", "目标地区",
			"主办单位", "参会人数", "参会企业数", "重点产业", "备注");

	SampleEvent withId(String newId) {
		return new SampleEvent(newId, this.name, this.type, this.start, this.end, this.host, this.venue, this.target,
				this.organizer, this.attendees, this.enterprises, this.industries, this.notes);
	}

	SampleEvent withDates(Object newStart, Object newEnd) {
		return new SampleEvent(this.id, this.name, this.type, newStart, newEnd, this.host, this.venue, this.target,
				this.organizer, this.attendees, this.enterprises, this.industries, this.notes);
	}

	List<Object> cells(int serial) {
		return Arrays.asList(serial, this.id, this.name, this.type, this.start, this.end, this.host, this.venue,
				this.target, this.organizer, this.attendees, this.enterprises, this.industries, this.notes);
	}

}
