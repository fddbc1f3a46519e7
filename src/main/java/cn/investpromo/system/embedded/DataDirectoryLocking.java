package cn.investpromo.system.embedded;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Takes the data directory's lock as soon as the configuration is known (every property
 * source, profiles included), before the context and so the embedded database start, and
 * hands it to the context, which lets go of it last, after the datasource has closed the
 * database.
 */
public record DataDirectoryLocking(String command, AtomicReference<DataDirectoryLock> lock)
		implements
			ApplicationListener<ApplicationEnvironmentPreparedEvent>,
			ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Path folder = EmbeddedDatabaseFiles.folder(event.getEnvironment());
		DataDirectoryLock early = this.lock.get();
		if (early != null && early.folder().equals(folder)) {
			return;
		}
		if (early != null) {
			// the application's own configuration names another folder than the early
			// reading did
			early.close();
			this.lock.set(null);
		}
		if (folder != null) {
			this.lock.set(DataDirectoryLock.acquire(folder, this.command));
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		DataDirectoryLock held = this.lock.get();
		if (held != null && context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			// registered before any bean exists, so destroyed after all of them
			// (reverse order)
			registry.registerDisposableBean("investpromoDataDirectoryLock", held::close);
		}
	}

}
