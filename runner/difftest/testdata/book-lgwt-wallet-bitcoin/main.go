// difftest: same
package main

// Learn Go with Tests, Pointers and Errors: a Wallet of Bitcoin (a named
// int with a String method), Deposit and Withdraw with pointer receivers,
// and ErrInsufficientFunds compared as the tests compare it.

import (
	"errors"
	"fmt"
)

type Bitcoin int

func (b Bitcoin) String() string {
	return fmt.Sprintf("%d BTC", b)
}

type Wallet struct {
	balance Bitcoin
}

func (w *Wallet) Deposit(amount Bitcoin) {
	w.balance += amount
}

var ErrInsufficientFunds = errors.New("cannot withdraw, insufficient funds")

func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return ErrInsufficientFunds
	}
	w.balance -= amount
	return nil
}

func (w *Wallet) Balance() Bitcoin {
	return w.balance
}

func assertBalance(w Wallet, want Bitcoin) {
	got := w.Balance()
	if got != want {
		fmt.Printf("got %s want %s\n", got, want)
		return
	}
	fmt.Printf("balance %s, %v, %d\n", got, got, got)
}

func main() {
	wallet := Wallet{}
	wallet.Deposit(Bitcoin(10))
	assertBalance(wallet, Bitcoin(10))

	wallet = Wallet{balance: Bitcoin(20)}
	err := wallet.Withdraw(Bitcoin(10))
	fmt.Println("withdraw:", err)
	assertBalance(wallet, Bitcoin(10))

	startingBalance := Bitcoin(20)
	wallet = Wallet{startingBalance}
	err = wallet.Withdraw(Bitcoin(100))
	assertBalance(wallet, startingBalance)
	if err == nil {
		fmt.Println("wanted an error but didn't get one")
	}
	if err != ErrInsufficientFunds {
		fmt.Printf("got %q, want %q\n", err, ErrInsufficientFunds)
	}
	fmt.Println(err, errors.Is(err, ErrInsufficientFunds))
	fmt.Println(wallet, &wallet, []Bitcoin{1, 2})
	fmt.Printf("%v %+v\n", wallet, wallet)
}
