// Writes the root README's consumer project into this directory: every code block right under a
// <!-- consumer-file: PATH --> marker becomes the file PATH, as a reader would copy it. The README is
// the only source: nothing here repeats its pom or its code.
def lines = new File(readme as String).readLines('UTF-8')
def files = [:]
for (int i = 0; i < lines.size(); i++) {
    def marker = (lines[i].trim() =~ /^<!-- consumer-file: (\S+) -->$/)
    if (!marker.matches()) {
        continue
    }
    String path = marker.group(1)
    assert !path.split('/').contains('..') && !path.startsWith('/') : "README line ${i + 1}: ${path} leaves the project"
    int fence = i + 1
    while (fence < lines.size() && lines[fence].trim().isEmpty()) {
        fence++
    }
    assert fence < lines.size() && lines[fence].trim().startsWith('```') : "README line ${i + 1}: no code block under the marker"
    int end = fence + 1
    while (end < lines.size() && lines[end].trim() != '```') {
        end++
    }
    assert end < lines.size() : "README line ${fence + 1}: the code block is never closed"
    assert !files.containsKey(path) : "README line ${i + 1}: ${path} is given twice"
    files[path] = lines.subList(fence + 1, end).join('\n') + '\n'
    i = end
}
assert files.containsKey('pom.xml') : 'the README gives no consumer pom.xml'
assert files.keySet().any { it.startsWith('src/test/java/') } : 'the README gives no consumer test'
files.each { path, text ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.setText(text, 'UTF-8')
}
println "readme-consumer: ${files.keySet().sort()} from ${readme}"
return true
