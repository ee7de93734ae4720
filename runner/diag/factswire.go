package diag

import (
	"encoding/binary"
	"errors"
)

// errFacts is the error of a damaged wire form of Facts.
var errFacts = errors.New("damaged facts")

// AppendBinary appends fs's wire form to b, for a supervisor that checked
// the script to hand the facts to the script process: a count, then for
// each fact its line, column, text and bits.
func (fs *Facts) AppendBinary(b []byte) ([]byte, error) {
	b = binary.AppendUvarint(b, uint64(len(fs.at)))
	for k, f := range fs.at {
		b = binary.AppendUvarint(b, uint64(k.line))
		b = binary.AppendUvarint(b, uint64(k.col))
		b = binary.AppendUvarint(b, uint64(len(k.text)))
		b = append(b, k.text...)
		b = append(b, byte(f))
	}
	return b, nil
}

// UnmarshalBinary sets fs to the facts of a wire form AppendBinary wrote.
func (fs *Facts) UnmarshalBinary(b []byte) error {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return errFacts
	}
	b = b[k:]
	fs.at = make(map[factKey]fact, n)
	for range n {
		var nums [3]uint64
		for i := range nums {
			v, k := binary.Uvarint(b)
			if k <= 0 {
				return errFacts
			}
			nums[i], b = v, b[k:]
		}
		if nums[2]+1 > uint64(len(b)) {
			return errFacts
		}
		text := string(b[:nums[2]])
		fs.at[factKey{int(nums[0]), int(nums[1]), text}] = fact(b[nums[2]])
		b = b[nums[2]+1:]
	}
	if len(b) != 0 {
		return errFacts
	}
	return nil
}
