package cn.investpromo.remote;

/**
 * The role a command gives this process in remote partitioning, as the property
 * {@value #PROPERTY}: {@value #MANAGER} ({@code report --each --remote}) or
 * {@value #WORKER} ({@code investpromo worker}). Without it no remote bean exists, no
 * broker starts and no connection is made.
 */
public final class RemoteRole {

	public static final String PROPERTY = "investpromo.remote.role";

	public static final String MANAGER = "manager";

	public static final String WORKER = "worker";

	private RemoteRole() {
	}

}
