// difftest: same
package main

// The Go Programming Language, 9.2 and 9.3: the bank with a binary
// semaphore, then a sync.Mutex with deposit called under the lock by
// Withdraw, and an RWMutex for Balance; many goroutines deposit and
// withdraw, and the balance comes out the same.

import (
	"fmt"
	"sync"
)

var (
	sema    = make(chan struct{}, 1)
	balance int
)

func Deposit1(amount int) {
	sema <- struct{}{}
	balance = balance + amount
	<-sema
}

func Balance1() int {
	sema <- struct{}{}
	b := balance
	<-sema
	return b
}

var (
	mu       sync.RWMutex
	balance2 int
)

func Withdraw(amount int) bool {
	mu.Lock()
	defer mu.Unlock()
	deposit(-amount)
	if balance2 < 0 {
		deposit(amount)
		return false
	}
	return true
}

func Deposit(amount int) {
	mu.Lock()
	defer mu.Unlock()
	deposit(amount)
}

func Balance() int {
	mu.RLock()
	defer mu.RUnlock()
	return balance2
}

func deposit(amount int) { balance2 += amount }

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			Deposit1(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", Balance1())

	Deposit(100)
	var failed int
	var fmu sync.Mutex
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			Deposit(10)
		}()
		go func() {
			defer wg.Done()
			if !Withdraw(20) {
				fmu.Lock()
				failed++
				fmu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(Balance() == 100+500-20*(50-failed), Balance() >= 0)
	fmt.Println(Withdraw(1_000_000), Balance() >= 0)
}
