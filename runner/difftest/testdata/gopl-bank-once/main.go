// difftest: same
package main

// bank2 and bank3 of chapter 9 of The Go Programming Language, and
// sync.Once: bank2 guards the balance with a binary semaphore (a channel
// of capacity 1), bank3 with a sync.Mutex whose Withdraw calls an
// unexported deposit that assumes the lock is held; then the icons map
// loaded lazily once, whatever the number of goroutines that ask.

import (
	"fmt"
	"sync"
)

var (
	sema    = make(chan struct{}, 1) // a binary semaphore guarding balance
	balance int
)

func Deposit2(amount int) {
	sema <- struct{}{} // acquire token
	balance = balance + amount
	<-sema // release token
}

func Balance2() int {
	sema <- struct{}{} // acquire token
	b := balance
	<-sema // release token
	return b
}

var (
	mu       sync.Mutex // guards balance3
	balance3 int
)

func Withdraw(amount int) bool {
	mu.Lock()
	defer mu.Unlock()
	deposit(-amount)
	if balance3 < 0 {
		deposit(amount)
		return false // insufficient funds
	}
	return true
}

func Deposit(amount int) {
	mu.Lock()
	defer mu.Unlock()
	deposit(amount)
}

func Balance() int {
	mu.Lock()
	defer mu.Unlock()
	return balance3
}

// This function requires that the lock be held.
func deposit(amount int) { balance3 += amount }

var loadIconsOnce sync.Once
var icons map[string]string
var loads int

func loadIcons() {
	loads++
	icons = map[string]string{
		"spades.png":   "♠",
		"hearts.png":   "♥",
		"diamonds.png": "♦",
		"clubs.png":    "♣",
	}
}

// Icon is concurrency-safe.
func Icon(name string) string {
	loadIconsOnce.Do(loadIcons)
	return icons[name]
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(2)
		go func(i int) { defer wg.Done(); Deposit2(i) }(i)
		go func() { defer wg.Done(); Deposit(10) }()
	}
	wg.Wait()
	fmt.Println(Balance2(), Balance()) // "5050 1000"

	var ok, failed int
	var okMu sync.Mutex
	for i := 0; i < 15; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := Withdraw(100)
			okMu.Lock()
			if w {
				ok++
			} else {
				failed++
			}
			okMu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(ok, failed, Balance()) // "10 5 0"

	for _, name := range []string{"hearts.png", "clubs.png", "joker.png"} {
		wg.Add(1)
		go func() { defer wg.Done(); Icon(name) }()
	}
	wg.Wait()
	fmt.Printf("%s %s %q loaded %d time(s)\n", Icon("spades.png"), Icon("hearts.png"), Icon("joker.png"), loads)
}
