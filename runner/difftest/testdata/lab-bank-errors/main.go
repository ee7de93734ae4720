// difftest: same
package main

// A bank protocol with error types: DEPOSIT, WITHDRAW and BALANCE on
// accounts kept by the server. A withdrawal beyond the balance fails with
// an InsufficientFunds error the server inspects with errors.As to build
// its reply; a missing account is a sentinel error.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
)

type InsufficientFunds struct {
	Account    string
	Need, Have int
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: need %d, have %d", e.Account, e.Need, e.Have)
}

var ErrNoAccount = errors.New("no such account")

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
}

func (b *Bank) Withdraw(acct string, amount int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	bal, ok := b.accounts[acct]
	if !ok {
		return fmt.Errorf("withdraw from %s: %w", acct, ErrNoAccount)
	}
	if amount > bal {
		return fmt.Errorf("withdraw: %w", InsufficientFunds{acct, amount, bal})
	}
	b.accounts[acct] = bal - amount
	return nil
}

func (b *Bank) Deposit(acct string, amount int) {
	b.mu.Lock()
	b.accounts[acct] += amount
	b.mu.Unlock()
}

func (b *Bank) Balance(acct string) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	bal, ok := b.accounts[acct]
	if !ok {
		return 0, ErrNoAccount
	}
	return bal, nil
}

func (b *Bank) serve(conn net.Conn) {
	defer conn.Close()
	sc := bufio.NewScanner(conn)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			fmt.Fprintln(conn, "ERR usage")
			continue
		}
		amount := 0
		if len(f) == 3 {
			amount, _ = strconv.Atoi(f[2])
		}
		switch f[0] {
		case "DEPOSIT":
			b.Deposit(f[1], amount)
			fmt.Fprintln(conn, "OK")
		case "WITHDRAW":
			err := b.Withdraw(f[1], amount)
			var short InsufficientFunds
			switch {
			case err == nil:
				fmt.Fprintln(conn, "OK")
			case errors.As(err, &short):
				fmt.Fprintf(conn, "DECLINED short by %d (%v)\n", short.Need-short.Have, err)
			case errors.Is(err, ErrNoAccount):
				fmt.Fprintln(conn, "UNKNOWN", err)
			default:
				fmt.Fprintln(conn, "ERR", err)
			}
		case "BALANCE":
			bal, err := b.Balance(f[1])
			if err != nil {
				fmt.Fprintln(conn, "UNKNOWN", err)
			} else {
				fmt.Fprintln(conn, bal)
			}
		default:
			fmt.Fprintln(conn, "ERR unknown command", f[0])
		}
	}
}

func main() {
	bank := &Bank{accounts: map[string]int{"alice": 100}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			bank.serve(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, cmd := range []string{"BALANCE alice", "WITHDRAW alice 30", "WITHDRAW alice 500", "DEPOSIT bob 20", "BALANCE bob", "WITHDRAW carol 1", "BALANCE carol", "TRANSFER a b", "x"} {
		fmt.Fprintln(c, cmd)
		reply, _ := r.ReadString('\n')
		fmt.Printf("%-20s %s", cmd, reply)
	}
	c.Close()
}
