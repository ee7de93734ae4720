package rewrite_test

func init() {
	programs = append(programs,
		program{"loopvar_range_goroutine", `package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for i, name := range []string{"ann", "bob", "cy"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, fmt.Sprint(i, name))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
`},
		program{"loopvar_three_clause", `package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
`},
		program{"loopvar_changed_in_body", `package main

import "fmt"

func main() {
	var fs []func() int
outer:
	for i := 0; i < 9; i++ {
		for j := 0; j < 2; j++ {
			if i == 4 {
				i += 2
				fs = append(fs, func() int { return i * 100 })
				continue outer
			}
		}
		if i%2 == 0 {
			i++
			fs = append(fs, func() int { return i })
			continue
		}
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
`},
		program{"loopvar_pointer_method", `package main

import "fmt"

type counter struct{ n int }

func (c *counter) keep(into *[]*counter) { *into = append(*into, c) }

func main() {
	var kept []*counter
	for _, c := range []counter{{1}, {2}, {3}} {
		c.keep(&kept)
	}
	for _, c := range kept {
		fmt.Print(c.n, " ")
	}
	fmt.Println()
}
`},
		program{"loopvar_old_idiom", `package main

import "fmt"

func main() {
	var fs []func() string
	for _, s := range []string{"x", "y"} {
		s := s
		fs = append(fs, func() string { return s })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
}
`},
	)
}
