package org.rightstrack.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Language: chosen with {@code ?lang=fr}, remembered in a cookie, else taken from the browser; the
 * servlet filters of the application's own (the public page cache).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("rightstrack-lang");
		resolver.setDefaultLocale(Locale.ENGLISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			Locale requested = request.getLocale();
			return SUPPORTED.stream()
				.filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
				.findFirst()
				.orElse(Locale.ENGLISH);
		});
		return resolver;
	}

	/**
	 * Boot registers a {@link ResourceUrlEncodingFilter} because the webjars resolver makes a
	 * resource chain. It passes every link a template writes through the static-resource lookup
	 * ({@code /**}: four classpath locations inside the jar), a third of the time of a search page
	 * with its facet links, to rewrite only the webjar links to versioned ones. No versioning
	 * strategy is configured and the versionless webjar paths are resolved when served, so the
	 * filter is registered here switched off (which also keeps Boot from adding its own).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The rendered public pages anonymous readers get most (see {@link PublicPageCache}), after
	 * Spring Security's filters so that the reader is known.
	 */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(DataGenerations generations, LocaleResolver localeResolver,
			@Value("${rightstrack.search.facet-cache-seconds:3600}") int cacheSeconds,
			@Value("${rightstrack.cache.public-pages:200}") int pages) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
				new PublicPageCache(generations, localeResolver, pages > 0 ? cacheSeconds * 1000L : 0, pages));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		registration.addUrlPatterns("/recommendations", "/recommendations/facets/*", "/countries/*");
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
