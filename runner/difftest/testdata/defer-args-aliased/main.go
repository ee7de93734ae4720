// difftest: same
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show(tag string) { fmt.Println(tag, c.n) }
func (c *Counter) Inc()           { c.n++ }

func viaMethodValue() {
	var c Counter
	inc := c.Inc
	defer c.Show("method value:")
	inc()
	inc()
}

func viaPointer() {
	var c Counter
	p := &c
	defer c.Show("pointer:")
	p.n = 9
}

func viaClosure() {
	c := Counter{1}
	bump := func() { c.n += 10 }
	defer c.Show("closure:")
	bump()
}

func argViaPointer() {
	x := 1
	p := &x
	defer fmt.Println("arg pointer:", x)
	*p = 2
}

func argViaClosure() {
	total := 0
	add := func(n int) { total += n }
	defer fmt.Println("arg closure:", total)
	add(5)
}

func argStruct() {
	c := Counter{3}
	inc := c.Inc
	defer fmt.Println("arg struct:", c, c.n)
	inc()
}

func main() {
	viaMethodValue()
	viaPointer()
	viaClosure()
	argViaPointer()
	argViaClosure()
	argStruct()
	fmt.Println("end")
}
