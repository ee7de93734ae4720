package lessontest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/rogpeppe/go-internal/txtar"
)

// stdinLine matches testscript's log of a "stdin FILE" command.
var stdinLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^> stdin (\S+)\n`) })

// showInputs returns a test's log with the content of each file given as
// standard input written under the command that gives it, so that the
// transcript of a failure shows what each program was given to type, not
// only the file's name. The files come from the test's archive, else from
// the lesson folder.
func showInputs(log string, t Test) string {
	archive, err := txtar.ParseFile(t.File())
	if err != nil {
		return log
	}
	files := map[string][]byte{}
	for _, f := range archive.Files {
		files[f.Name] = f.Data
	}
	return stdinLine().ReplaceAllStringFunc(log, func(line string) string {
		name := stdinLine().FindStringSubmatch(line)[1]
		data, ok := files[name]
		if !ok {
			data, err = os.ReadFile(filepath.Join(t.Lesson.Dir, name))
			if err != nil {
				return line
			}
		}
		const limit = 2000
		text := string(data)
		if len(text) > limit {
			text = text[:limit] + "...\n"
		}
		if text != "" && !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		return line + "[input]\n" + text
	})
}
