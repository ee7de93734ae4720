// difftest: same
// Closures over loop variables since Go 1.22: each iteration of a
// three-clause loop has its own variable, which the body and the post
// statement of that iteration share, and pointers and goroutines see it
// too.
package main

import "fmt"

func main() {
	var fns []func() int
	for i := 0; i < 6; i++ {
		fns = append(fns, func() int { return i })
		i++
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var incs []func()
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 10 })
		if i == 1 {
			incs[0]()
		}
	}
	fmt.Println(len(incs))
	acc := []func() int{}
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		acc = append(acc, func() int { return i*100 + j })
	}
	for _, f := range acc {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	done := make(chan int, 3)
	for i := range 3 {
		go func() { done <- i }()
	}
	s := 0
	for range 3 {
		s += <-done
	}
	fmt.Println(s)
	m := map[string]func() string{}
	for _, name := range []string{"a", "b"} {
		m[name] = func() string { return name + name }
	}
	fmt.Println(m["a"](), m["b"]())
	var cl []func() int
	for i := 0; i < 3; {
		cl = append(cl, func() int { return i })
		i++
	}
	for _, f := range cl {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	k := 0
	for k = 0; k < 2; k++ {
		cl = append(cl, func() int { return k })
	}
	fmt.Println(cl[3](), cl[4]())
}
