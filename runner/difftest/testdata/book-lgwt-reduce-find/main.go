// difftest: same
package main

// Learn Go with Tests, Revisiting Arrays and Slices with Generics: Reduce
// and Find over any type, Sum and SumAllTails written with Reduce, a bank
// Balance from Transactions, and Find of a Person.

import (
	"fmt"
	"strings"
)

func Reduce[A, B any](collection []A, f func(B, A) B, initialValue B) B {
	var result = initialValue
	for _, x := range collection {
		result = f(result, x)
	}
	return result
}

func Find[A any](items []A, predicate func(A) bool) (value A, found bool) {
	for _, v := range items {
		if predicate(v) {
			return v, true
		}
	}
	return
}

func Sum(numbers []int) int {
	add := func(acc, x int) int { return acc + x }
	return Reduce(numbers, add, 0)
}

func SumAllTails(numbers ...[]int) []int {
	sumTail := func(acc, x []int) []int {
		if len(x) == 0 {
			return append(acc, 0)
		}
		return append(acc, Sum(x[1:]))
	}
	return Reduce(numbers, sumTail, []int{})
}

type Transaction struct {
	From string
	To   string
	Sum  float64
}

type Account struct {
	Name    string
	Balance float64
}

func NewTransaction(from, to Account, sum float64) Transaction {
	return Transaction{From: from.Name, To: to.Name, Sum: sum}
}

func applyTransaction(a Account, transaction Transaction) Account {
	if transaction.From == a.Name {
		a.Balance -= transaction.Sum
	}
	if transaction.To == a.Name {
		a.Balance += transaction.Sum
	}
	return a
}

func NewBalanceFor(account Account, transactions []Transaction) Account {
	return Reduce(transactions, applyTransaction, account)
}

type Person struct {
	Name string
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), SumAllTails([]int{1, 2}, []int{0, 9}, nil))
	multiply := func(x, y int) int { return x * y }
	fmt.Println(Reduce([]int{1, 2, 3}, multiply, 1))
	concat := func(x, y string) string { return x + y }
	fmt.Println(Reduce([]string{"a", "b", "c"}, concat, ""))

	var (
		riya  = Account{Name: "Riya", Balance: 100}
		chris = Account{Name: "Chris", Balance: 75}
		adil  = Account{Name: "Adil", Balance: 200}
	)
	transactions := []Transaction{
		NewTransaction(chris, riya, 100),
		NewTransaction(adil, chris, 25),
	}
	for _, a := range []Account{riya, chris, adil} {
		fmt.Printf("%+v\n", NewBalanceFor(a, transactions))
	}

	firstEven, found := Find([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, func(x int) bool { return x%2 == 0 })
	fmt.Println(firstEven, found)
	people := []Person{{Name: "Kent Beck"}, {Name: "Martin Fowler"}, {Name: "Chris James"}}
	king, found := Find(people, func(p Person) bool { return strings.Contains(p.Name, "Chris") })
	fmt.Println(king, found)
	nobody, found := Find(people, func(p Person) bool { return p.Name == "Dijkstra" })
	fmt.Printf("%#v %v\n", nobody, found)
}
