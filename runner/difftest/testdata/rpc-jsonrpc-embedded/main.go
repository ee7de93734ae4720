// difftest: refused the interpreter's struct types do not embed, so net/rpc/jsonrpc's JSON nests what Go promotes
package main

import (
	"bufio"
	"fmt"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"
)

type Base struct{ ID int }

type User struct {
	Base
	Name string
}

type Users struct{}

func (Users) Get(id int, u *User) error {
	*u = User{Base{id}, "ann"}
	return nil
}

func main() {
	rpc.Register(Users{})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		c, err := l.Accept()
		if err != nil {
			panic(err)
		}
		jsonrpc.ServeConn(c)
	}()
	conn, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(conn, `{"method":"Users.Get","params":[7],"id":1}`)
	line, _ := bufio.NewReader(conn).ReadString('\n')
	fmt.Print(line)
}
