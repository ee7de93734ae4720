package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/lesson"
	"github.com/spf13/pflag"
)

// This file turns the usual mistakes on socklab's command line into
// sentences that say what to type instead.

// unknownCommand explains a first argument that names no command: a script
// or a lesson folder given without "run", a Python program, a misspelling.
func unknownCommand(name string, cmds []*Command) string {
	msg := fmt.Sprintf("socklab: unknown command %q", name)
	switch {
	case strings.HasSuffix(name, ".py"):
		return msg + fmt.Sprintf("\n%s is a Python program: run it with python3 %s (socklab runs Go programs: socklab run FILE.go)", name, name)
	case strings.HasSuffix(name, ".go"):
		return msg + fmt.Sprintf("\nTo run the script, type: socklab run %s", name)
	case isDir(name):
		return msg + fmt.Sprintf("\nTo run the lesson in that folder, type: socklab run %s (or socklab test %s for its tests)", name, name)
	case strings.HasPrefix(name, "-"):
		return fmt.Sprintf("socklab: %s comes after a command, as in socklab run %s FILE.go\nRun 'socklab help' for the list of commands.", name, name)
	}
	if c := closest(name, cmds); c != "" {
		return msg + fmt.Sprintf("\nDid you mean socklab %s?", c)
	}
	return msg + "\nRun 'socklab help' for the list of commands."
}

// closest returns the command whose name is name in another case, or at
// most two edits away from it, or "".
func closest(name string, cmds []*Command) string {
	best, bestDist := "", 3
	for _, c := range cmds {
		if strings.EqualFold(c.Name, name) {
			return c.Name
		}
		if d := editDistance(strings.ToLower(name), c.Name); d < bestDist {
			best, bestDist = c.Name, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// pflag's wording of a value it cannot parse:
// invalid argument "abc" for "-j, --jobs" flag: strconv.ParseInt: parsing "abc": invalid syntax
var invalidValue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^invalid argument "(.*)" for "(?:-\w, )?--([\w-]+)" flag: `)
})

// pflag's wording of a long flag written with one dash:
// unknown shorthand flag: 'a' in -allow-net
var singleDash = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^unknown shorthand flag: '.' in -([\w-]+)`) })

// flagMistake rewrites an error of pflag's in the terms of the command's
// flags, without the Go function names pflag passes on.
func flagMistake(cmd *Command, err error) string {
	msg := err.Error()
	if m := invalidValue().FindStringSubmatch(msg); m != nil {
		value, name := m[1], m[2]
		f := cmd.Flags.Lookup(name)
		if f == nil {
			return msg
		}
		return fmt.Sprintf("--%s %s: %s", name, value, wants(f))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		name = strings.Trim(name, "'")
		if f := lookupFlag(cmd.Flags, name); f != nil {
			return fmt.Sprintf("--%s needs a value: %s", f.Name, wants(f))
		}
		return msg
	}
	if m := singleDash().FindStringSubmatch(msg); m != nil && len(m[1]) > 1 && cmd.Flags.Lookup(m[1]) != nil {
		return fmt.Sprintf("%s: flags with long names take two dashes: --%s", msg, m[1])
	}
	if name, ok := strings.CutPrefix(msg, "unknown flag: --"); ok {
		if f := closestFlag(name, cmd.Flags); f != "" {
			return msg + fmt.Sprintf(" (did you mean --%s?)", f)
		}
	}
	if strings.HasPrefix(msg, "unknown") && strings.Contains(cmd.UsageLine, "-- ARGS") {
		msg += "\nA flag for the script goes after --, as in socklab " + cmd.Name + " game.go -- --rounds 3"
	}
	return msg
}

// lookupFlag finds a flag by its name or its one-letter shorthand, as pflag
// names it in a message ("--junit" or "j" in "-j").
func lookupFlag(fs *pflag.FlagSet, name string) *pflag.Flag {
	name = strings.TrimLeft(name, "-")
	if f := fs.Lookup(name); f != nil {
		return f
	}
	if i := strings.LastIndex(name, " "); i >= 0 {
		name = name[i+1:]
	}
	name = strings.TrimLeft(name, "-")
	if len(name) == 1 {
		return fs.ShorthandLookup(name)
	}
	return fs.Lookup(name)
}

// wants says what kind of value the flag f takes, with an example.
func wants(f *pflag.Flag) string {
	switch f.Value.Type() {
	case "int", "int64", "int32", "uint", "uint64":
		return fmt.Sprintf("give a whole number, such as --%s 4", f.Name)
	case "duration":
		return fmt.Sprintf("give a duration, such as --%s 30s or --%s 2m", f.Name, f.Name)
	case "bool":
		return fmt.Sprintf("give --%s alone, or --%s=false", f.Name, f.Name)
	case "float64", "float32":
		return fmt.Sprintf("give a number, such as --%s 0.5", f.Name)
	case "size": // the limit flags (limitflags.go)
		return fmt.Sprintf("give a size, such as --%s 512MiB or --%s 2GiB, or none", f.Name, f.Name)
	case "count":
		return fmt.Sprintf("give a whole number, such as --%s 100, or none", f.Name)
	}
	if f.Usage != "" {
		if name, _ := pflag.UnquoteUsage(f); name != "" {
			return fmt.Sprintf("give %s, as in --%s %s", name, f.Name, name)
		}
	}
	return "give a value"
}

// closestFlag returns the flag of fs at most two edits from name, or "".
func closestFlag(name string, fs *pflag.FlagSet) string {
	best, bestDist := "", 3
	fs.VisitAll(func(f *pflag.Flag) {
		d := editDistance(name, f.Name)
		if len(name) >= 3 && (strings.HasPrefix(f.Name, name) || strings.HasPrefix(name, f.Name)) {
			d = 1
		}
		if d < bestDist {
			best, bestDist = f.Name, d
		}
	})
	return best
}

// checkScriptPath explains the usual mistakes with the script argument:
// a file that is not there, a Python program, a file that is not Go.
func checkScriptPath(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		if !os.IsNotExist(err) {
			return badArg(err)
		}
		if _, err := os.Stat(path + ".go"); err == nil {
			return badArgf("%s: no such file (did you mean %s.go?)", path, path)
		}
		if near := nearbyScripts(path); near != "" {
			return badArgf("%s: no such file (%s)", path, near)
		}
		return badArgf("%s: no such file", path)
	}
	if fi.IsDir() {
		return badArgf("%s is a folder: give a .go file", path)
	}
	switch ext := filepath.Ext(path); ext {
	case ".go":
		return nil
	case ".py":
		return badArgf("%s is a Python program: run it with python3 %s (socklab runs Go programs: socklab run FILE.go)", path, path)
	case "":
		return badArgf("%s is not a Go file: socklab runs Go programs, whose names end in .go", path)
	default:
		return badArgf("%s is a %s file, not Go: socklab runs Go programs, whose names end in .go", path, ext)
	}
}

// nearbyScripts names the .go files in the folder of a script that does
// not exist, so that a typo shows what is there.
func nearbyScripts(path string) string {
	dir := filepath.Dir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return "there is no folder " + dir
		}
		return ""
	}
	var names []string
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			names = append(names, filepath.Join(dir, n))
		}
	}
	switch {
	case len(names) == 0:
		return ""
	case len(names) > 6:
		return fmt.Sprintf("%s holds %d .go files", dir, len(names))
	}
	return "there is " + strings.Join(names, ", ")
}

// checkScriptArgs refuses a second program given after the first without
// --, as if run could start both: arguments for a script follow --.
func checkScriptArgs(cmd *Command, args []string) error {
	if cmd.Flags.ArgsLenAtDash() >= 0 || len(args) < 2 {
		return nil
	}
	for _, a := range args[1:] {
		if strings.HasSuffix(a, ".go") {
			if parts := programParts(args); parts != "" {
				return badArgf("%s", parts)
			}
			return usagef(cmd, "%s runs one program at a time: give the lesson's folder to run its server and client together (socklab %s %s), "+
				"or run each program in a terminal of its own; arguments for the script go after --", cmd.Name, cmd.Name, filepath.Dir(args[0]))
		}
	}
	return nil
}

// programParts explains .go files given together that make one program
// of package main (see lesson.Parts), or returns "".
func programParts(args []string) string {
	dir := filepath.Dir(args[0])
	var files []string
	for _, a := range args {
		if !strings.HasSuffix(a, ".go") || filepath.Dir(a) != dir {
			return ""
		}
		files = append(files, filepath.Base(a))
	}
	return lesson.Parts(dir, files)
}

// checkFolders explains a path given to a command that wants folders (or,
// for test, a lesson's test file).
func checkFolders(paths []string) error {
	for _, p := range paths {
		fi, err := os.Stat(p)
		switch {
		case os.IsNotExist(err) && strings.HasSuffix(p, ".txtar"):
			return badArgf("%s: no such test file", p)
		case os.IsNotExist(err):
			return badArgf("%s: no such folder", p)
		case err != nil:
			return badArg(err)
		case !fi.IsDir() && isTestFile(p):
			// one test of a lesson: findTests runs it alone
		case !fi.IsDir() && strings.HasSuffix(p, ".go"):
			return badArgf("%s is a file: give the lesson's folder, %s", p, filepath.Dir(p))
		case !fi.IsDir():
			return badArgf("%s is not a folder: give a lesson folder or a folder of lessons", p)
		}
	}
	return nil
}

// isTestFile reports whether p names a lesson's test file, LESSON/tests/NAME.txtar.
func isTestFile(p string) bool {
	return strings.HasSuffix(p, ".txtar") && filepath.Base(filepath.Dir(p)) == "tests"
}

// checkSubmissionFolder explains a --submission that is not a folder.
func checkSubmissionFolder(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case os.IsNotExist(err):
		return badArgf("--submission %s: no such folder", dir)
	case err != nil:
		return badArg(err)
	case !fi.IsDir():
		return badArgf("--submission %s is a file: give the folder that holds the student's files (server.go, client.go, ...)", dir)
	}
	return nil
}
