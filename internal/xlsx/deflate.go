package xlsx

import (
	"archive/zip"
	"io"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// zipWriter is the workbook engine's zip writer with deflaters kept for
// reuse (see pooledZip) at archive/zip's own level. The deflater is
// github.com/klauspost/compress/flate, two to three times as fast as the
// standard library's at that level for files of about the same size (see
// internal/opc); the output is as deterministic.
func zipWriter(w io.Writer) excelize.ZipWriter { return pooledZip(w, 5) }

// pooledZip is a zip writer into w deflating at level with deflaters kept
// between uses. A deflater takes from 0.4 to 1 MiB to make, a workbook has
// a dozen parts and a build writes a dozen workbooks: with a new one per
// part (archive/zip's pool is emptied by every garbage collection) they
// were half the bytes a build of the default set allocated.
func pooledZip(w io.Writer, level int) excelize.ZipWriter { return newZip(w, level) }

// newZip is pooledZip as the archive/zip writer it is.
func newZip(w io.Writer, level int) *zip.Writer {
	pool := deflaters[level]
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		var fw *flate.Writer
		select {
		case fw = <-pool:
			fw.Reset(w)
		default:
			var err error
			if fw, err = flate.NewWriter(w, level); err != nil {
				return nil, err
			}
		}
		return &deflater{fw, pool}, nil
	})
	return zw
}

// deflaters holds a few deflaters per level between uses: channels rather
// than sync.Pools, which collections empty.
var deflaters = map[int]chan *flate.Writer{
	5:               make(chan *flate.Writer, 4),
	flate.BestSpeed: make(chan *flate.Writer, 4),
}

type deflater struct {
	*flate.Writer
	pool chan *flate.Writer
}

func (d *deflater) Close() error {
	err := d.Writer.Close()
	select {
	case d.pool <- d.Writer:
	default:
	}
	d.Writer = nil
	return err
}
