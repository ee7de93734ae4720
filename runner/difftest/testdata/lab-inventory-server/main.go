// difftest: same
package main

// A shop's inventory over TCP: Inventory is a map type with a String
// method, lookups fail with a NotFound error (a struct with a value
// receiver) and sales with an OutOfStock one, wrapped with %w; the server
// tells them apart with errors.As and answers.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"sort"
	"strconv"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) String() string {
	keys := make([]string, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, inv[k])
	}
	return strings.TrimSpace(b.String())
}

type NotFound struct{ Item string }

func (e NotFound) Error() string { return "no item " + e.Item }

type OutOfStock struct {
	Item       string
	Want, Have int
}

func (e OutOfStock) Error() string {
	return fmt.Sprintf("only %d %s left, %d wanted", e.Have, e.Item, e.Want)
}

func (inv Inventory) Sell(item string, n int) error {
	have, ok := inv[item]
	if !ok {
		return fmt.Errorf("sell: %w", NotFound{item})
	}
	if n > have {
		return fmt.Errorf("sell %s: %w", item, OutOfStock{item, n, have})
	}
	inv[item] = have - n
	return nil
}

func main() {
	inv := Inventory{"apple": 5, "pear": 2, "fig": 0}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 1 && f[0] == "LIST" {
				fmt.Fprintln(c, inv)
				continue
			}
			if len(f) != 3 || f[0] != "SELL" {
				fmt.Fprintln(c, "usage: SELL item n | LIST")
				continue
			}
			n, _ := strconv.Atoi(f[2])
			err := inv.Sell(f[1], n)
			var nf NotFound
			var oos OutOfStock
			switch {
			case err == nil:
				fmt.Fprintln(c, "sold", n, f[1])
			case errors.As(err, &oos):
				fmt.Fprintf(c, "sorry (%v): could sell %d\n", err, oos.Have)
			case errors.As(err, &nf):
				fmt.Fprintf(c, "unknown %q (%v)\n", nf.Item, err)
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, cmd := range []string{"LIST", "SELL apple 2", "SELL pear 3", "SELL kiwi 1", "SELL fig 1", "BUY x", "LIST"} {
		fmt.Fprintln(c, cmd)
		reply, _ := r.ReadString('\n')
		fmt.Printf("%-13s %s", cmd, reply)
	}
	fmt.Println(inv)
}
