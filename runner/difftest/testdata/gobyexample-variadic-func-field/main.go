// difftest: same
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	logf   func(format string, args ...any)
	sum    func(nums ...int) int
}

type Service struct {
	Logger
	name string
}

func total(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	var lines []string
	l := Logger{
		prefix: "[app] ",
		logf: func(format string, args ...any) {
			lines = append(lines, fmt.Sprintf(format, args...))
		},
		sum: total,
	}
	l.logf("%s=%d", "k", 1)
	l.logf("%s %s %s", "a", "b", "c")
	l.logf("plain")
	l.logf("%v", []int{1, 2})
	fmt.Println(l.sum(), l.sum(1), l.sum(1, 2, 3), l.sum([]int{4, 5}...))
	s := &Service{Logger: l, name: "svc"}
	s.logf("%s started on %d with %v", s.name, 8080, true)
	(s.Logger.logf)("%d+%d", 2, 3)
	handlers := []Logger{l, {sum: func(nums ...int) int { return -len(nums) }}}
	for _, h := range handlers {
		fmt.Println(h.sum(7, 8, 9))
	}
	defer func() { l.logf("%s %d", "deferred", 1) }()
	defer func() { fmt.Println(strings.Join(lines, "\n")) }()
}
