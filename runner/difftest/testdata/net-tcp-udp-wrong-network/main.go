// difftest: same
package main

// net.ListenUDP, DialUDP, ListenTCP and DialTCP handed a network of the
// other kind fail with an unknown network, and a dial without a remote
// address with a missing one, before anything is opened.

import (
	"errors"
	"fmt"
	"net"
)

func show(what string, err error) {
	var oe *net.OpError
	var ue net.UnknownNetworkError
	fmt.Printf("%s: %v | op=%v unknown=%v\n", what, err, errors.As(err, &oe), errors.As(err, &ue))
	if oe != nil {
		fmt.Printf("  Op=%s Net=%s Addr=%v Source=%v\n", oe.Op, oe.Net, oe.Addr, oe.Source)
	}
}

func main() {
	lo := &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9}
	tlo := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9}
	_, err := net.ListenUDP("tcp", nil)
	show("ListenUDP tcp nil", err)
	_, err = net.ListenUDP("tcp", lo)
	show("ListenUDP tcp lo", err)
	_, err = net.ListenTCP("udp", tlo)
	show("ListenTCP udp lo", err)
	_, err = net.ListenTCP("udp4", nil)
	show("ListenTCP udp4 nil", err)
	_, err = net.DialUDP("tcp", nil, lo)
	show("DialUDP tcp", err)
	_, err = net.DialTCP("udp", nil, tlo)
	show("DialTCP udp", err)
	_, err = net.DialUDP("udp", nil, nil)
	show("DialUDP nil raddr", err)
	_, err = net.DialTCP("tcp", nil, nil)
	show("DialTCP nil raddr", err)
	_, err = net.DialTCP("tcp", tlo, nil)
	show("DialTCP laddr nil raddr", err)
}
