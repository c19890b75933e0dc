// The fixture's build failed (invoker.properties); it must have failed on both rules.
def log = new File(basedir, 'build.log').text
assert log.contains('Dependency convergence error for org.jetbrains.kotlin:kotlin-stdlib')
assert log.contains('Duplicate classes found')
assert log.contains('okhttp3/OkHttpClient.class')
