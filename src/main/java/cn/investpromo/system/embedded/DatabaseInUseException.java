package cn.investpromo.system.embedded;

/**
 * Another investpromo process is using the database; the message is the one line the user
 * sees.
 */
public class DatabaseInUseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DatabaseInUseException(String where) {
		super("数据库正被另一个 investpromo 进程使用：" + where);
	}

}
