import Hummingbird
import ZoomKit
