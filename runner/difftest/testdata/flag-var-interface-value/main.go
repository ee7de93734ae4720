// difftest: same
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type counter int

func (c *counter) String() string { return fmt.Sprint(int(*c)) }
func (c *counter) Set(string) error {
	*c++
	return nil
}
func (c *counter) IsBoolFlag() bool { return true }

type words []string

func (w *words) String() string { return "[" + strings.Join(*w, " ") + "]" }
func (w *words) Set(s string) error {
	*w = append(*w, s)
	return nil
}

// register declares each flag of the table on fs.
func register(fs *flag.FlagSet, table map[string]flag.Value, order []string) {
	for _, name := range order {
		fs.Var(table[name], name, "the "+name+" flag")
	}
}

func newWords(preset ...string) flag.Value {
	w := words(preset)
	return &w
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	table := map[string]flag.Value{
		"v":    new(counter),
		"tag":  newWords(),
		"keep": newWords("a", "b"),
	}
	register(fs, table, []string{"v", "tag", "keep"})
	fs.PrintDefaults()
	err := fs.Parse([]string{"-v", "-v", "-tag", "x", "rest"})
	fmt.Println(err, table["v"], table["tag"], table["keep"], fs.Args())
}
