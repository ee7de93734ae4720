// difftest: same

package main

import "fmt"

type Hub struct {
	subs []chan string
}

func (h *Hub) Broadcast(m string) {
	n := 0
	for _, s := range h.subs {
		s <- m
		n++
	}
	fmt.Println("sent to", n)
}

func main() {
	h := &Hub{subs: []chan string{make(chan string, 1), make(chan string, 1)}}
	h.Broadcast("hi")
	for i, s := range h.subs {
		fmt.Println(i, <-s)
	}
	var nh *Hub
	nh.Broadcast("boom")
}
