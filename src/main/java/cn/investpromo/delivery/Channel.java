package cn.investpromo.delivery;

/** A place reports are sent to. */
interface Channel {

	/** {@link Delivery#MAIL}, {@link Delivery#WECOM} or {@link Delivery#DINGTALK}. */
	String name();

	/**
	 * Who receives it, for the record: addresses, or a robot's webhook without its key.
	 */
	String recipients();

	/** Sends the report; returns how many attempts it took. */
	int send(DeliveredReport report) throws DeliveryException;

}
