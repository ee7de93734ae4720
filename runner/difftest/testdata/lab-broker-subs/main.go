// difftest: same

package main

import (
	"fmt"
	"time"
)

type Broker struct {
	subs    []chan string
	publish chan string
	quit    chan struct{}
	dropped []string
}

func (b *Broker) Run() {
	for {
		select {
		case msg := <-b.publish:
			for i, s := range b.subs {
				select {
				case s <- msg:
				default:
					b.dropped = append(b.dropped, fmt.Sprint(i, msg))
				}
			}
		case <-b.quit:
			for _, s := range b.subs {
				close(s)
			}
			return
		}
	}
}

func (b *Broker) TrySend(m string, wait time.Duration) bool {
	select {
	case b.publish <- m:
		return true
	case <-time.After(wait):
		return false
	}
}

func main() {
	b := &Broker{publish: make(chan string), quit: make(chan struct{})}
	for i := 0; i < 3; i++ {
		b.subs = append(b.subs, make(chan string, i))
	}
	done := make(chan bool)
	go func() { b.Run(); done <- true }()
	for _, m := range []string{"a", "b", "c"} {
		fmt.Println("sent", m, b.TrySend(m, 5*time.Second))
	}
	close(b.quit)
	<-done
	for i, s := range b.subs {
		var got []string
		for m := range s {
			got = append(got, m)
		}
		fmt.Println("sub", i, got)
	}
	fmt.Println("dropped", b.dropped)
	fmt.Println("after quit", b.TrySend("z", 50*time.Millisecond))
}
