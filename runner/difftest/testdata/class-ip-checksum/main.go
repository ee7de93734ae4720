// difftest: same
package main

// The Internet checksum of an IPv4 header, as the network layer lectures
// teach it: the header is built as a struct, written big-endian with
// encoding/binary, summed in 16-bit one's complement; the receiver checks
// that the sum over the header with its checksum is 0xffff, and catches a
// flipped bit. The header travels over a loopback UDP socket.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"net"
	"net/netip"
)

type ipv4Header struct {
	VersionIHL uint8
	TOS        uint8
	TotalLen   uint16
	ID         uint16
	FlagsFrag  uint16
	TTL        uint8
	Protocol   uint8
	Checksum   uint16
	Src, Dst   [4]byte
}

func checksum(b []byte) uint16 {
	var sum uint32
	for i := 0; i+1 < len(b); i += 2 {
		sum += uint32(b[i])<<8 | uint32(b[i+1])
	}
	if len(b)%2 == 1 {
		sum += uint32(b[len(b)-1]) << 8
	}
	for sum>>16 != 0 {
		sum = sum&0xffff + sum>>16
	}
	return ^uint16(sum)
}

func build(src, dst string, id uint16) []byte {
	h := ipv4Header{VersionIHL: 4<<4 | 5, TotalLen: 20 + 8, ID: id, FlagsFrag: 1 << 14, TTL: 64, Protocol: 17}
	h.Src = netip.MustParseAddr(src).As4()
	h.Dst = netip.MustParseAddr(dst).As4()
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, h)
	b := buf.Bytes()
	binary.BigEndian.PutUint16(b[10:], checksum(b))
	return b
}

func verify(b []byte) (ipv4Header, bool) {
	var h ipv4Header
	binary.Read(bytes.NewReader(b), binary.BigEndian, &h)
	return h, checksum(b) == 0
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	c, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	for i, flip := range []int{-1, 15, -1} {
		hdr := build("192.168.0.1", "10.0.0.7", uint16(0x1c46+i))
		if flip >= 0 {
			hdr[flip/8] ^= 1 << (flip % 8)
		}
		c.Write(hdr)
		buf := make([]byte, 64)
		n, _, err := pc.ReadFrom(buf)
		if err != nil {
			panic(err)
		}
		h, ok := verify(buf[:n])
		fmt.Printf("% x\n", buf[:n])
		fmt.Printf("id %#04x ttl %d proto %d %v -> %v checksum %#04x ok=%v\n", h.ID, h.TTL, h.Protocol,
			netip.AddrFrom4(h.Src), netip.AddrFrom4(h.Dst), h.Checksum, ok)
	}
	fmt.Println(binary.Size(ipv4Header{}), checksum([]byte{0x01}), checksum(nil))
}
