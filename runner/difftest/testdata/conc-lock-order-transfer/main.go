// difftest: same
package main

// Accounts embedding sync.Mutex, locked in the order of their owners for a
// transfer so that two opposite transfers cannot deadlock.

import (
	"fmt"
	"sync"
)

type Account struct {
	sync.Mutex
	Owner   string
	balance int
}

func (a *Account) Deposit(n int) {
	a.Lock()
	defer a.Unlock()
	a.balance += n
}

func (a *Account) Balance() int {
	a.Lock()
	defer a.Unlock()
	return a.balance
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]*Account
}

func transfer(from, to *Account, n int) bool {
	first, second := from, to
	if from.Owner > to.Owner {
		first, second = to, from
	}
	first.Lock()
	defer first.Unlock()
	second.Lock()
	defer second.Unlock()
	if from.balance < n {
		return false
	}
	from.balance -= n
	to.balance += n
	return true
}

func main() {
	b := Bank{accounts: map[string]*Account{"ann": {Owner: "ann"}, "bob": {Owner: "bob"}}}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.mu.RLock()
			a := b.accounts["ann"]
			b.mu.RUnlock()
			a.Deposit(1)
		}()
	}
	wg.Wait()
	ann, bob := b.accounts["ann"], b.accounts["bob"]
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); transfer(ann, bob, 3) }()
		go func() { defer wg.Done(); transfer(bob, ann, 1) }()
	}
	wg.Wait()
	fmt.Println(ann.Balance()+bob.Balance(), ann.Balance() <= 100)
	fmt.Printf("%s %d\n", ann.Owner, ann.balance+bob.balance)
}
