// difftest: same
package main

// The subscription loop of Advanced Go Concurrency Patterns: a select over
// a fetch timer, a send disabled by a nil channel while nothing is
// pending, and a closing channel of channels that carries the error back.

import (
	"fmt"
	"time"
)

type Item struct{ Title string }

type Fetcher interface {
	Fetch() ([]Item, time.Time, error)
}

type fakeFetcher struct {
	n int
}

func (f *fakeFetcher) Fetch() ([]Item, time.Time, error) {
	f.n++
	if f.n > 3 {
		return nil, time.Now(), fmt.Errorf("no more items after %d", f.n-1)
	}
	return []Item{{fmt.Sprint("item", f.n, "a")}, {fmt.Sprint("item", f.n, "b")}}, time.Now(), nil
}

type Subscription interface {
	Updates() <-chan Item
	Close() error
}

type sub struct {
	fetcher Fetcher
	updates chan Item
	closing chan chan error
}

func Subscribe(f Fetcher) Subscription {
	s := &sub{fetcher: f, updates: make(chan Item), closing: make(chan chan error)}
	go s.loop()
	return s
}

func (s *sub) Updates() <-chan Item { return s.updates }

func (s *sub) Close() error {
	errc := make(chan error)
	s.closing <- errc
	return <-errc
}

func (s *sub) loop() {
	var pending []Item
	var next time.Time
	var err error
	for {
		var fetchDelay time.Duration
		if now := time.Now(); next.After(now) {
			fetchDelay = next.Sub(now)
		}
		var startFetch <-chan time.Time
		if err == nil && len(pending) < 4 {
			startFetch = time.After(fetchDelay)
		}
		var first Item
		var updates chan Item
		if len(pending) > 0 {
			first = pending[0]
			updates = s.updates
		}
		select {
		case errc := <-s.closing:
			errc <- err
			close(s.updates)
			return
		case <-startFetch:
			var fetched []Item
			fetched, next, err = s.fetcher.Fetch()
			next = next.Add(time.Millisecond)
			if err != nil {
				break
			}
			pending = append(pending, fetched...)
		case updates <- first:
			pending = pending[1:]
		}
	}
}

func main() {
	s := Subscribe(&fakeFetcher{})
	for i := 0; i < 6; i++ {
		fmt.Println((<-s.Updates()).Title)
	}
	time.Sleep(300 * time.Millisecond) // the fourth fetch fails meanwhile
	fmt.Println("closed:", s.Close())
	_, ok := <-s.Updates()
	fmt.Println(ok)
}
