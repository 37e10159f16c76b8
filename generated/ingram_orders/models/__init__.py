"""Contains all the data models used in inputs/outputs"""

from .accesstoken_response import AccesstokenResponse
from .additional_attribute import AdditionalAttribute
from .error import Error
from .error_response import ErrorResponse
from .error_response_dto import ErrorResponseDTO
from .error_response_error import ErrorResponseError
from .error_response_field import ErrorResponseField
from .fields import Fields
from .gateway_fault import GatewayFault
from .gateway_fault_fault import GatewayFaultFault
from .gateway_fault_fault_detail import GatewayFaultFaultDetail
from .get_orderdetails_v61_simulate_status import GetOrderdetailsV61SimulateStatus
from .get_resellers_v6_ordersearch_order_status import (
    GetResellersV6OrdersearchOrderStatus,
)
from .order_create_additional_attribute import OrderCreateAdditionalAttribute
from .order_create_end_user_info import OrderCreateEndUserInfo
from .order_create_line import OrderCreateLine
from .order_create_line_additional_attribute import OrderCreateLineAdditionalAttribute
from .order_create_request import OrderCreateRequest
from .order_create_request_end_user_info import OrderCreateRequestEndUserInfo
from .order_create_request_reseller_info import OrderCreateRequestResellerInfo
from .order_create_request_ship_to_info import OrderCreateRequestShipToInfo
from .order_create_request_vmf import OrderCreateRequestVmf
from .order_create_response import OrderCreateResponse
from .order_create_response_end_user_info import OrderCreateResponseEndUserInfo
from .order_create_response_ship_to_info import OrderCreateResponseShipToInfo
from .order_create_serial_info import OrderCreateSerialInfo
from .order_create_shipment_detail import OrderCreateShipmentDetail
from .order_create_v7_request import OrderCreateV7Request
from .order_create_v7_response import OrderCreateV7Response
from .order_create_v7_response_201 import OrderCreateV7Response201
from .order_create_warranty_info import OrderCreateWarrantyInfo
from .order_created_additional_attribute import OrderCreatedAdditionalAttribute
from .order_created_line import OrderCreatedLine
from .order_created_line_additional_attribute import OrderCreatedLineAdditionalAttribute
from .order_created_link import OrderCreatedLink
from .order_created_miscellaneous_charge import OrderCreatedMiscellaneousCharge
from .order_created_order import OrderCreatedOrder
from .order_created_rejected_line import OrderCreatedRejectedLine
from .order_created_shipment_detail import OrderCreatedShipmentDetail
from .order_detail_additional_attribute import OrderDetailAdditionalAttribute
from .order_detail_b2b import OrderDetailB2B
from .order_detail_b2b_bill_to_info import OrderDetailB2BBillToInfo
from .order_detail_b2b_end_user_info import OrderDetailB2BEndUserInfo
from .order_detail_b2b_ship_to_info import OrderDetailB2BShipToInfo
from .order_detail_carrier_detail import OrderDetailCarrierDetail
from .order_detail_contract_info import OrderDetailContractInfo
from .order_detail_delivery_date_range import OrderDetailDeliveryDateRange
from .order_detail_delivery_estimate import OrderDetailDeliveryEstimate
from .order_detail_estimated_date import OrderDetailEstimatedDate
from .order_detail_license_info import OrderDetailLicenseInfo
from .order_detail_line import OrderDetailLine
from .order_detail_line_additional_attribute import OrderDetailLineAdditionalAttribute
from .order_detail_link import OrderDetailLink
from .order_detail_miscellaneous_charge import OrderDetailMiscellaneousCharge
from .order_detail_multiple_shipment import OrderDetailMultipleShipment
from .order_detail_schedule_line import OrderDetailScheduleLine
from .order_detail_serial_number import OrderDetailSerialNumber
from .order_detail_service_contract_info import OrderDetailServiceContractInfo
from .order_detail_ship_date_range import OrderDetailShipDateRange
from .order_detail_ship_estimate import OrderDetailShipEstimate
from .order_detail_shipment_date_range import OrderDetailShipmentDateRange
from .order_detail_shipment_detail import OrderDetailShipmentDetail
from .order_detail_subscriptions import OrderDetailSubscriptions
from .order_detail_tracking_detail import OrderDetailTrackingDetail
from .order_modified_additional_attribute import OrderModifiedAdditionalAttribute
from .order_modified_line import OrderModifiedLine
from .order_modified_line_additional_attribute import (
    OrderModifiedLineAdditionalAttribute,
)
from .order_modified_rejected_line import OrderModifiedRejectedLine
from .order_modified_shipment_detail import OrderModifiedShipmentDetail
from .order_modify_add_update_delete_line import OrderModifyAddUpdateDeleteLine
from .order_modify_additional_attribute import OrderModifyAdditionalAttribute
from .order_modify_line import OrderModifyLine
from .order_modify_request import OrderModifyRequest
from .order_modify_request_ship_to_info import OrderModifyRequestShipToInfo
from .order_modify_response import OrderModifyResponse
from .order_modify_response_ship_to_info import OrderModifyResponseShipToInfo
from .order_search_link import OrderSearchLink
from .order_search_order import OrderSearchOrder
from .order_search_response import OrderSearchResponse
from .order_search_sub_order import OrderSearchSubOrder
from .order_search_sub_order_link import OrderSearchSubOrderLink
from .order_status_async_notification_request import OrderStatusAsyncNotificationRequest
from .order_status_event_line import OrderStatusEventLine
from .order_status_event_link import OrderStatusEventLink
from .order_status_event_package_detail import OrderStatusEventPackageDetail
from .order_status_event_resource import OrderStatusEventResource
from .order_status_event_serial_number_detail import OrderStatusEventSerialNumberDetail
from .order_status_event_shipment_detail import OrderStatusEventShipmentDetail
from .order_v7_additional_attribute import OrderV7AdditionalAttribute
from .order_v7_billing_period import OrderV7BillingPeriod
from .order_v7_created_line import OrderV7CreatedLine
from .order_v7_created_link import OrderV7CreatedLink
from .order_v7_created_order import OrderV7CreatedOrder
from .order_v7_created_resource import OrderV7CreatedResource
from .order_v7_created_ship_to_info import OrderV7CreatedShipToInfo
from .order_v7_created_shipment_detail import OrderV7CreatedShipmentDetail
from .order_v7_end_user_info import OrderV7EndUserInfo
from .order_v7_error400 import OrderV7Error400
from .order_v7_error400_field import OrderV7Error400Field
from .order_v7_error500_field import OrderV7Error500Field
from .order_v7_line import OrderV7Line
from .order_v7_line_additional_attribute import OrderV7LineAdditionalAttribute
from .order_v7_line_end_user_info import OrderV7LineEndUserInfo
from .order_v7_line_vmf_attribute import OrderV7LineVmfAttribute
from .order_v7_line_vri_attribute import OrderV7LineVriAttribute
from .order_v7_line_vri_attribute_choice import OrderV7LineVriAttributeChoice
from .order_v7_line_vri_attribute_field import OrderV7LineVriAttributeField
from .order_v7_line_vri_attribute_sub_choice import OrderV7LineVriAttributeSubChoice
from .order_v7_reseller_info import OrderV7ResellerInfo
from .order_v7_serial_info import OrderV7SerialInfo
from .order_v7_ship_to_info import OrderV7ShipToInfo
from .order_v7_shipment_detail import OrderV7ShipmentDetail
from .order_v7_subscription_period import OrderV7SubscriptionPeriod
from .order_v7_vmf_attribute import OrderV7VmfAttribute
from .order_v7_vmf_vendor_attribute import OrderV7VmfVendorAttribute
from .order_v7_vmf_vendor_attribute_choice import OrderV7VmfVendorAttributeChoice
from .order_v7_vmf_vendor_attribute_field import OrderV7VmfVendorAttributeField
from .order_v7_vmf_vendor_attribute_sub_choice import OrderV7VmfVendorAttributeSubChoice
from .order_v7_vri_attribute import OrderV7VriAttribute
from .order_v7_vri_attribute_choice import OrderV7VriAttributeChoice
from .order_v7_vri_attribute_field import OrderV7VriAttributeField
from .order_v7_vri_attribute_sub_choice import OrderV7VriAttributeSubChoice
from .order_v7_warranty_info import OrderV7WarrantyInfo
from .post_accesstoken_body import PostAccesstokenBody
from .post_accesstoken_body_grant_type import PostAccesstokenBodyGrantType
from .post_accesstoken_response_400 import PostAccesstokenResponse400
from .post_accesstoken_response_401 import PostAccesstokenResponse401
from .post_accesstoken_response_500 import PostAccesstokenResponse500
from .post_createorder_v7_response_400 import PostCreateorderV7Response400
from .post_createorder_v7_response_500 import PostCreateorderV7Response500
from .token_error_fault import TokenErrorFault
from .token_error_fault_detail import TokenErrorFaultDetail
from .vendor_required_info_item import VendorRequiredInfoItem
from .vendor_required_info_query_product import VendorRequiredInfoQueryProduct
from .vendor_required_info_request import VendorRequiredInfoRequest
from .vendor_required_info_response_message import VendorRequiredInfoResponseMessage
from .vmf_vri_additional_attribute_container import VmfVriAdditionalAttributeContainer

__all__ = (
    "AccesstokenResponse",
    "AdditionalAttribute",
    "Error",
    "ErrorResponse",
    "ErrorResponseDTO",
    "ErrorResponseError",
    "ErrorResponseField",
    "Fields",
    "GatewayFault",
    "GatewayFaultFault",
    "GatewayFaultFaultDetail",
    "GetOrderdetailsV61SimulateStatus",
    "GetResellersV6OrdersearchOrderStatus",
    "OrderCreateAdditionalAttribute",
    "OrderCreateEndUserInfo",
    "OrderCreateLine",
    "OrderCreateLineAdditionalAttribute",
    "OrderCreateRequest",
    "OrderCreateRequestEndUserInfo",
    "OrderCreateRequestResellerInfo",
    "OrderCreateRequestShipToInfo",
    "OrderCreateRequestVmf",
    "OrderCreateResponse",
    "OrderCreateResponseEndUserInfo",
    "OrderCreateResponseShipToInfo",
    "OrderCreateSerialInfo",
    "OrderCreateShipmentDetail",
    "OrderCreateV7Request",
    "OrderCreateV7Response",
    "OrderCreateV7Response201",
    "OrderCreateWarrantyInfo",
    "OrderCreatedAdditionalAttribute",
    "OrderCreatedLine",
    "OrderCreatedLineAdditionalAttribute",
    "OrderCreatedLink",
    "OrderCreatedMiscellaneousCharge",
    "OrderCreatedOrder",
    "OrderCreatedRejectedLine",
    "OrderCreatedShipmentDetail",
    "OrderDetailAdditionalAttribute",
    "OrderDetailB2B",
    "OrderDetailB2BBillToInfo",
    "OrderDetailB2BEndUserInfo",
    "OrderDetailB2BShipToInfo",
    "OrderDetailCarrierDetail",
    "OrderDetailContractInfo",
    "OrderDetailDeliveryDateRange",
    "OrderDetailDeliveryEstimate",
    "OrderDetailEstimatedDate",
    "OrderDetailLicenseInfo",
    "OrderDetailLine",
    "OrderDetailLineAdditionalAttribute",
    "OrderDetailLink",
    "OrderDetailMiscellaneousCharge",
    "OrderDetailMultipleShipment",
    "OrderDetailScheduleLine",
    "OrderDetailSerialNumber",
    "OrderDetailServiceContractInfo",
    "OrderDetailShipDateRange",
    "OrderDetailShipEstimate",
    "OrderDetailShipmentDateRange",
    "OrderDetailShipmentDetail",
    "OrderDetailSubscriptions",
    "OrderDetailTrackingDetail",
    "OrderModifiedAdditionalAttribute",
    "OrderModifiedLine",
    "OrderModifiedLineAdditionalAttribute",
    "OrderModifiedRejectedLine",
    "OrderModifiedShipmentDetail",
    "OrderModifyAddUpdateDeleteLine",
    "OrderModifyAdditionalAttribute",
    "OrderModifyLine",
    "OrderModifyRequest",
    "OrderModifyRequestShipToInfo",
    "OrderModifyResponse",
    "OrderModifyResponseShipToInfo",
    "OrderSearchLink",
    "OrderSearchOrder",
    "OrderSearchResponse",
    "OrderSearchSubOrder",
    "OrderSearchSubOrderLink",
    "OrderStatusAsyncNotificationRequest",
    "OrderStatusEventLine",
    "OrderStatusEventLink",
    "OrderStatusEventPackageDetail",
    "OrderStatusEventResource",
    "OrderStatusEventSerialNumberDetail",
    "OrderStatusEventShipmentDetail",
    "OrderV7AdditionalAttribute",
    "OrderV7BillingPeriod",
    "OrderV7CreatedLine",
    "OrderV7CreatedLink",
    "OrderV7CreatedOrder",
    "OrderV7CreatedResource",
    "OrderV7CreatedShipToInfo",
    "OrderV7CreatedShipmentDetail",
    "OrderV7EndUserInfo",
    "OrderV7Error400",
    "OrderV7Error400Field",
    "OrderV7Error500Field",
    "OrderV7Line",
    "OrderV7LineAdditionalAttribute",
    "OrderV7LineEndUserInfo",
    "OrderV7LineVmfAttribute",
    "OrderV7LineVriAttribute",
    "OrderV7LineVriAttributeChoice",
    "OrderV7LineVriAttributeField",
    "OrderV7LineVriAttributeSubChoice",
    "OrderV7ResellerInfo",
    "OrderV7SerialInfo",
    "OrderV7ShipToInfo",
    "OrderV7ShipmentDetail",
    "OrderV7SubscriptionPeriod",
    "OrderV7VmfAttribute",
    "OrderV7VmfVendorAttribute",
    "OrderV7VmfVendorAttributeChoice",
    "OrderV7VmfVendorAttributeField",
    "OrderV7VmfVendorAttributeSubChoice",
    "OrderV7VriAttribute",
    "OrderV7VriAttributeChoice",
    "OrderV7VriAttributeField",
    "OrderV7VriAttributeSubChoice",
    "OrderV7WarrantyInfo",
    "PostAccesstokenBody",
    "PostAccesstokenBodyGrantType",
    "PostAccesstokenResponse400",
    "PostAccesstokenResponse401",
    "PostAccesstokenResponse500",
    "PostCreateorderV7Response400",
    "PostCreateorderV7Response500",
    "TokenErrorFault",
    "TokenErrorFaultDetail",
    "VendorRequiredInfoItem",
    "VendorRequiredInfoQueryProduct",
    "VendorRequiredInfoRequest",
    "VendorRequiredInfoResponseMessage",
    "VmfVriAdditionalAttributeContainer",
)
