// difftest: same

package main

import "fmt"

type hub struct {
	msgs chan string
}

var global = make(chan string, 1)

func get(h *hub) chan string { return h.msgs }

func main() {
	h := &hub{msgs: make(chan string, 10)}
	chans := []chan string{h.msgs}
	var m string
	var ok bool
	h.msgs <- "a"
	select {
	case m, ok = <-h.msgs:
		fmt.Println("assign field", m, ok)
	}
	h.msgs <- "b"
	select {
	case m, ok = <-chans[0]:
		fmt.Println("assign index", m, ok)
	}
	h.msgs <- "c"
	select {
	case m, ok := <-get(h):
		fmt.Println("define call", m, ok)
	}
	global <- "d"
	select {
	case m, ok := <-global:
		fmt.Println("define global", m, ok)
	}
	h.msgs <- "e"
	select {
	case m = <-h.msgs:
		fmt.Println("assign1 field", m)
	}
	h.msgs <- "f"
	c := h.msgs
	select {
	case m, ok := <-c:
		fmt.Println("define local", m, ok)
	}
}
