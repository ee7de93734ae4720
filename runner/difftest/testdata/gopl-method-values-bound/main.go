// difftest: same

// Method values bound to values and pointers before the receiver changes,
// method expressions of value and pointer methods and of an interface,
// deferred method calls, and method values kept in slices and maps.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()        { c.n++ }
func (c Counter) Print()       { fmt.Println("print", c.Show()) }

type Shower interface{ Show() string }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

func apply(fs []func(), times int) {
	for range times {
		for _, f := range fs {
			f()
		}
	}
}

func main() {
	c := Counter{name: "c"}
	inc := c.Inc
	show := c.Show
	apply([]func(){inc, inc}, 2)
	fmt.Println(c.n, show(), c.Show())
	defer c.Print()
	c.n = 100
	defer c.Print()
	var s Shower = c
	f := s.Show
	c.n = 7
	fmt.Println(f(), Shower.Show(c), Counter.Show(c))
	g := (*Counter).Inc
	g(&c)
	h := (*Counter).Show
	fmt.Println(h(&c))
	log := &Logger{prefix: "> "}
	logf := log.Log
	for _, w := range strings.Fields("a b c") {
		logf(w)
	}
	log.prefix = "# "
	logf("d")
	fmt.Println(log.lines)
	counters := []Counter{{"x", 0}, {"y", 0}}
	var incs []func()
	for i := range counters {
		incs = append(incs, counters[i].Inc)
	}
	apply(incs, 3)
	fmt.Println(counters)
	for _, ct := range counters {
		incs = append(incs, ct.Inc)
	}
	apply(incs[2:], 1)
	fmt.Println(counters)
	m := map[string]func() string{"c": c.Show, "x": counters[0].Show}
	c.n = -1
	fmt.Println(m["c"](), m["x"]())
}
