// difftest: same
package main

// The Go Programming Language, 9.1 and 9.2: a bank whose balance a
// monitor goroutine alone touches, then the same guarded by a mutex,
// with withdrawals that must not overdraw.

import (
	"fmt"
	"sync"
)

var deposits = make(chan int)
var balances = make(chan int)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }

func teller() {
	var balance int
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case balances <- balance:
		}
	}
}

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) deposit(amount int) { a.balance += amount }

func (a *Account) Withdraw(amount int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.deposit(-amount)
	if a.balance < 0 {
		a.deposit(amount)
		return false
	}
	return true
}

func main() {
	go teller()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			Deposit(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", Balance())

	acct := &Account{balance: 100}
	var mu sync.Mutex
	ok, refused := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			r := acct.Withdraw(7)
			mu.Lock()
			if r {
				ok++
			} else {
				refused++
			}
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("withdrawn:", ok, "refused:", refused, "left:", acct.balance)
}
