// The README's project ran its tests (not zero of them: an old default surefire reports success
// with none) and every one passed.
def reports = new File(basedir, 'target/surefire-reports').listFiles()?.findAll { it.name ==~ /TEST-.*\.xml/ }
assert reports : 'no surefire report: the README project ran no test class'
int tests = 0
int failed = 0
reports.each { report ->
    def suite = (report.getText('UTF-8') =~ /<testsuite\b[^>]*>/)[0]
    def count = { String attribute ->
        def m = (suite =~ /\b${attribute}="(\d+)"/)
        m.find() ? m.group(1).toInteger() : 0
    }
    tests += count('tests')
    failed += count('failures') + count('errors')
}
assert tests > 0 : 'the README project ran 0 tests'
assert failed == 0 : "${failed} of the README project's ${tests} tests failed"
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0/ : 'build.log shows no passing test run'
println "readme-consumer: ${tests} tests run, all passed"
return true
