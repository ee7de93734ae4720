// difftest: same
package main

// A bank statement built as map[string]any rows for JSON, the way a
// program collects loosely typed data: computed values (a withdrawal's
// negated amount, a remainder, a shift) stored as any, in a map, a slice,
// a field and a variable, then encoded.

import (
	"encoding/json"
	"fmt"
	"os"
)

type Tx struct {
	Kind   string
	Amount int
	Cents  int
}

type Summary struct {
	Last  any
	Flags any
}

func signed(t Tx) any {
	if t.Kind == "withdraw" {
		return -t.Amount
	}
	return t.Amount
}

func main() {
	txs := []Tx{{"deposit", 120, 50}, {"withdraw", 45, 5}, {"withdraw", 10, 99}, {"deposit", 7, 0}}
	var rows []map[string]any
	var sum Summary
	var last any
	balance := 0
	for i, t := range txs {
		row := map[string]any{"n": i + 1, "kind": t.Kind}
		if t.Kind == "withdraw" {
			row["amount"] = -t.Amount
			balance -= t.Amount
		} else {
			row["amount"] = t.Amount
			balance += t.Amount
		}
		row["odd_cents"] = t.Cents % 2
		row["bit"] = 1 << i
		row["signed"] = signed(t)
		last = -balance
		sum.Last = balance >> 1
		rows = append(rows, row)
	}
	sum.Flags = ^0
	enc := json.NewEncoder(os.Stdout)
	for _, r := range rows {
		enc.Encode(r)
	}
	fmt.Println("last:", last, "summary:", sum.Last, sum.Flags)
	cols := make([]any, 3)
	cols[0] = !(balance > 0)
	cols[1] = balance % 7
	cols[2] = -float64(balance) / 2
	fmt.Println(cols)
}
