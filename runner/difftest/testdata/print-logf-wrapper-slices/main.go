// difftest: same
package main

// A logf wrapper whose calls all write their format as a constant, printing
// a slice and a map of the script's type, which has no method fmt calls,
// with %v, and its fields with %s, %d and %#v.

import (
	"fmt"
	"strings"
)

type Task struct {
	ID   int
	Name string
	Tags []string
}

func (t Task) Summary() string {
	return fmt.Sprintf("#%d %s [%s]", t.ID, t.Name, strings.Join(t.Tags, ","))
}

var verbose = true

func vlog(format string, args ...any) {
	if !verbose {
		return
	}
	fmt.Printf("[v] "+format+"\n", args...)
}

func main() {
	tasks := []Task{{1, "build", []string{"ci"}}, {2, "test", nil}}
	for i, t := range tasks {
		vlog("task %d: %v", i, t)
		vlog("summary %s", t.Summary())
	}
	vlog("all %v", tasks)
	vlog("by id %v", map[int]Task{7: tasks[0]})
	vlog("count %d, first %#v", len(tasks), tasks[0].Name)
}
