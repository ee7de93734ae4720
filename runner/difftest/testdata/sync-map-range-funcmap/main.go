// difftest: same

// Funcs of the library that take the script's functions: sync.Map's
// Range, a template's FuncMap with a func(any) string, sync.Once.

package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"text/template"
)

func main() {
	var m sync.Map
	m.Store("b", 2)
	m.Store("a", 1)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	show := func(v any) string { return fmt.Sprintf("<%v>", v) }
	t := template.Must(template.New("t").Funcs(template.FuncMap{"show": show, "up": strings.ToUpper}).Parse("{{show .}} {{up \"x\"}}\n"))
	t.Execute(os.Stdout, 42)
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
}
