// difftest: same
package main

// A bank as tutorials write it: pointer-receiver methods on accounts held
// by pointer in a map, by value in a map (read, changed, stored back) and
// in a slice (the range copy versus the element), a value error type
// with Unwrap found by errors.Is and As, and slices shared between
// copies of a struct.

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	Owner   string
	Balance float64
	History []string
}

var ErrInsufficient = errors.New("insufficient funds")

type TxError struct {
	Op     string
	Amount float64
	Err    error
}

func (e TxError) Error() string { return fmt.Sprintf("%s %.2f: %v", e.Op, e.Amount, e.Err) }
func (e TxError) Unwrap() error { return e.Err }

func (a *Account) Deposit(x float64) {
	a.Balance += x
	a.History = append(a.History, fmt.Sprintf("+%.0f", x))
}
func (a *Account) Withdraw(x float64) error {
	if x > a.Balance {
		return TxError{"withdraw", x, ErrInsufficient}
	}
	a.Balance -= x
	a.History = append(a.History, fmt.Sprintf("-%.0f", x))
	return nil
}
func (a Account) String() string { return fmt.Sprintf("%s:%.2f%v", a.Owner, a.Balance, a.History) }

type Bank struct {
	accounts map[string]*Account
	values   map[string]Account
	list     []Account
}

func main() {
	b := Bank{accounts: map[string]*Account{}, values: map[string]Account{}}
	for _, n := range []string{"ann", "bob"} {
		b.accounts[n] = &Account{Owner: n}
		b.values[n] = Account{Owner: n}
		b.list = append(b.list, Account{Owner: n})
	}
	b.accounts["ann"].Deposit(100)
	v := b.values["ann"]
	v.Deposit(50)
	fmt.Println(b.values["ann"], v)
	b.values["ann"] = v
	for _, acc := range b.list {
		acc.Deposit(10)
	}
	for i := range b.list {
		b.list[i].Deposit(20)
	}
	for _, acc := range b.accounts {
		acc.Deposit(1)
	}
	err := b.accounts["bob"].Withdraw(500)
	var te TxError
	fmt.Println(err, errors.Is(err, ErrInsufficient), errors.As(err, &te), te.Amount)
	wrapped := fmt.Errorf("transfer: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrInsufficient), errors.Unwrap(errors.Unwrap(wrapped)) == ErrInsufficient)
	names := make([]string, 0)
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(b.accounts[n], *b.accounts[n], b.values[n])
	}
	fmt.Println(b.list)
	fmt.Printf("%v|%+v|%s\n", b.list[0], b.list[1], &b.list[0])
	total := 0.0
	for _, a := range b.accounts {
		total += a.Balance
	}
	fmt.Println(total, strings.Repeat("=", int(total/10)))
	copyList := b.list
	copyList[0].Owner = "ANN"
	arr := [2]Account{b.list[0], b.list[1]}
	arr[1].Owner = "BOB"
	fmt.Println(b.list[0].Owner, b.list[1].Owner, arr[1].Owner)
	hist := b.list[0].History
	b.list[0].Deposit(5)
	fmt.Println(hist, b.list[0].History)
}
