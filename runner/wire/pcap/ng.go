package pcap

import (
	"encoding/binary"
	"io"
	"time"
)

// The pcapng blocks a capture needs (draft-ietf-opsawg-pcapng): a section
// header, one interface of raw IP packets, and one enhanced packet block
// per packet. socklab writes them itself rather than through a capture
// library: the one it used built its decoding tables for every protocol
// it knows at each start of every socklab process, the supervisor's and
// the script's (half a millisecond of each), for a file few runs write.
const (
	blockSection   = 0x0A0D0D0A
	blockInterface = 0x00000001
	blockPacket    = 0x00000006
	byteOrderMagic = 0x1A2B3C4D
	linkTypeRaw    = 101 // LINKTYPE_RAW: each packet begins with its IPv4 or IPv6 header

	optEnd         = 0
	optUserAppl    = 4 // shb_userappl
	optIfName      = 2 // if_name
	optIfDesc      = 3 // if_description
	optIfTsresol   = 9 // if_tsresol
	nanoResolution = 9 // time stamps in units of 10^-9 s
)

var le = binary.LittleEndian

// An ngWriter writes a pcapng section with one interface.
type ngWriter struct {
	w   io.Writer
	buf []byte
}

// newNgWriter writes the section header and the interface's description.
func newNgWriter(w io.Writer, name, description string) (*ngWriter, error) {
	ng := &ngWriter{w: w}
	body := le.AppendUint32(nil, byteOrderMagic)
	body = le.AppendUint16(body, 1) // version 1.0
	body = le.AppendUint16(body, 0)
	body = le.AppendUint64(body, ^uint64(0)) // section length: not given
	body = appendOption(body, optUserAppl, []byte("socklab"))
	body = appendOption(body, optEnd, nil)
	if err := ng.block(blockSection, body); err != nil {
		return nil, err
	}
	body = le.AppendUint16(body[:0], linkTypeRaw)
	body = le.AppendUint16(body, 0) // reserved
	body = le.AppendUint32(body, 0) // snap length: no limit
	body = appendOption(body, optIfName, []byte(name))
	body = appendOption(body, optIfDesc, []byte(description))
	body = appendOption(body, optIfTsresol, []byte{nanoResolution})
	body = appendOption(body, optEnd, nil)
	if err := ng.block(blockInterface, body); err != nil {
		return nil, err
	}
	return ng, nil
}

// writePacket writes one packet of the interface, captured whole at t.
func (ng *ngWriter) writePacket(t time.Time, data []byte) error {
	ts := uint64(t.UnixNano())
	body := le.AppendUint32(ng.buf[:0], 0) // interface 0
	body = le.AppendUint32(body, uint32(ts>>32))
	body = le.AppendUint32(body, uint32(ts))
	body = le.AppendUint32(body, uint32(len(data))) // captured
	body = le.AppendUint32(body, uint32(len(data))) // on the wire
	body = appendPadded(body, data)
	ng.buf = body
	return ng.block(blockPacket, body)
}

// block writes a block: its type, its total length before and after the
// body (whose length is a multiple of 4).
func (ng *ngWriter) block(kind uint32, body []byte) error {
	n := uint32(12 + len(body))
	head := le.AppendUint32(le.AppendUint32(make([]byte, 0, 8), kind), n)
	if _, err := ng.w.Write(head); err != nil {
		return err
	}
	if _, err := ng.w.Write(body); err != nil {
		return err
	}
	_, err := ng.w.Write(le.AppendUint32(head[:0], n))
	return err
}

// appendOption appends an option: its code, its length, its value padded
// to 4 bytes.
func appendOption(b []byte, code uint16, value []byte) []byte {
	b = le.AppendUint16(b, code)
	b = le.AppendUint16(b, uint16(len(value)))
	return appendPadded(b, value)
}

// appendPadded appends data and the zeros that pad it to 4 bytes.
func appendPadded(b, data []byte) []byte {
	b = append(b, data...)
	return append(b, make([]byte, (4-len(data)%4)%4)...)
}
