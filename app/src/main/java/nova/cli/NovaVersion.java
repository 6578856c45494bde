package nova.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the release version from the jar manifest, so it is written in one place (the parent POM). */
public final class NovaVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = NovaVersion.class.getPackage().getImplementationVersion();
        return new String[] {"NOVA " + (version == null ? "dev" : version)};
    }
}
