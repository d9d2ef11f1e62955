moved {
  from = aws_s3_bucket.old
  to   = aws_s3_bucket.new
}

import {
  to = aws_organizations_organization.org
  id = "o-abc123"
}

removed {
  from = aws_iam_user.legacy
  lifecycle {
    destroy = false
  }
}

check "health" {
  data "http" "site" {
    url = "https://example.com"
  }

  assert {
    condition     = data.http.site.status_code == 200
    error_message = "${data.http.site.url} returned an unhealthy status code"
  }
}
