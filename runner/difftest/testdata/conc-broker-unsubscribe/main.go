// difftest: same
package main

// A pub/sub broker with subscribe and unsubscribe: unsubscribing closes the
// subscriber's channel, which its range then ends on.

import (
	"fmt"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func NewBroker() *Broker { return &Broker{subs: make(map[string][]chan string)} }

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 8)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Unsubscribe(topic string, c <-chan string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	list := b.subs[topic]
	for i, ch := range list {
		if ch == c {
			b.subs[topic] = append(list[:i], list[i+1:]...)
			close(ch)
			return
		}
	}
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func main() {
	b := NewBroker()
	s1 := b.Subscribe("news")
	s2 := b.Subscribe("news")
	s3 := b.Subscribe("sport")
	fmt.Println(b.Publish("news", "hello"))
	b.Unsubscribe("news", s1)
	fmt.Println(b.Publish("news", "world"))
	fmt.Println(b.Publish("sport", "goal"))
	for m := range s1 {
		fmt.Println("s1", m)
	}
	fmt.Println("s2", <-s2, <-s2)
	fmt.Println("s3", <-s3)
	_, ok := <-s1
	fmt.Println(ok)
}
